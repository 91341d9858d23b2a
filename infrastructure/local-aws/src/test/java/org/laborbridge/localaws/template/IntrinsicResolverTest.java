package org.laborbridge.localaws.template;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntrinsicResolverTest {

  private static final CloudFormationTemplate TEMPLATE = TemplateLoader.parse("""
      Parameters:
        Stage: { Type: String, Default: dev }
        Regions: { Type: CommaDelimitedList, Default: "51,50" }
        Secret: { Type: String }
      Conditions:
        IsProd: !Equals [!Ref Stage, prod]
        IsDev: !Not [!Condition IsProd]
        Both: !And [!Condition IsDev, !Or [!Condition IsProd, !Equals [a, a]]]
      Mappings:
        Memory: { dev: { Mb: 512 } }
      Resources:
        Queue: { Type: AWS::SQS::Queue }
        Fn: { Type: AWS::Serverless::Function }
      """);

  private static final ResourceAttributes QUEUE = new ResourceAttributes() {
    @Override
    public Optional<Object> ref(String logicalId) {
      return logicalId.equals("Queue") ? Optional.of("http://q/Queue") : Optional.empty();
    }

    @Override
    public Optional<Object> attribute(String logicalId, String attribute) {
      return logicalId.equals("Queue") && attribute.equals("Arn") ? Optional.of("arn:aws:sqs:r:1:Queue") : Optional.empty();
    }
  };

  private final IntrinsicResolver resolver = new IntrinsicResolver(TEMPLATE, StackSettings.local("lb"), QUEUE);


  private Object value(String yaml) {
    Map<String, Object> doc = Values.map(TemplateLoader.parse("Holder:\n  V: " + yaml + "\n").section("Holder"), "Holder");
    return resolver.resolveMap(doc).get("V");
  }

  @Test
  void refs_give_parameter_defaults_pseudo_parameters_and_resource_values() {
    assertEquals("dev", value("!Ref Stage"));
    assertEquals(List.of("51", "50"), value("!Ref Regions"));
    assertEquals("us-east-1", value("!Ref AWS::Region"));
    assertEquals("lb", value("!Ref AWS::StackName"));
    assertEquals("http://q/Queue", value("!Ref Queue"));
  }

  @Test
  void sub_replaces_parameters_attributes_literals_and_its_own_variables() {
    assertEquals("lb-dev-arn:aws:sqs:r:1:Queue-${Literal}", value("!Sub \"${AWS::StackName}-${Stage}-${Queue.Arn}-${!Literal}\""));
    assertEquals("x=7", value("!Sub [\"x=${Seven}\", { Seven: 7 }]"));
  }

  @Test
  void conditions_choose_branches_and_no_value_drops_a_property() {
    assertEquals("small", value("!If [IsProd, big, small]"));
    assertTrue(resolver.condition("IsDev"));
    assertTrue(resolver.condition("Both"));
    assertFalse(resolver.condition("IsProd"));
    Map<String, Object> doc = Values.map(TemplateLoader.parse("H:\n  A: !If [IsProd, 1, !Ref AWS::NoValue]\n  B: 2\n").section("H"), "H");
    assertEquals(Map.of("B", 2), resolver.resolveMap(doc));
  }

  @Test
  void join_select_split_and_find_in_map_compose() {
    assertEquals("a-dev", value("!Join [\"-\", [a, !Ref Stage]]"));
    assertEquals("50", value("!Select [1, !Ref Regions]"));
    assertEquals(List.of("a", "b"), value("!Split [\"/\", a/b]"));
    assertEquals(512, value("!FindInMap [Memory, !Ref Stage, Mb]"));
  }

  @Test
  void a_parameter_with_no_value_and_no_default_is_named_in_the_error() {
    TemplateException e = assertThrows(TemplateException.class, () -> value("!Ref Secret"));
    assertEquals("parameter Secret has no value and no Default", e.getMessage());
    assertEquals("s3cr3t", new IntrinsicResolver(TEMPLATE, StackSettings.local("lb").withParameters(Map.of("Secret", "s3cr3t")), QUEUE)
        .resolveMap(Values.map(TemplateLoader.parse("H:\n  V: !Ref Secret\n").section("H"), "H")).get("V"));
  }

  @Test
  void references_to_unknown_resources_and_missing_attributes_fail_clearly() {
    assertThrows(TemplateException.class, () -> value("!Ref Nowhere"));
    TemplateException e = assertThrows(TemplateException.class, () -> value("!GetAtt Queue.QueueName"));
    assertTrue(e.getMessage().startsWith("!GetAtt Queue.QueueName"));
  }
}
