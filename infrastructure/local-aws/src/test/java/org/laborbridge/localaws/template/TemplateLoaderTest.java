package org.laborbridge.localaws.template;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TemplateLoaderTest {

  @Test
  void short_tags_become_the_long_json_form() {
    CloudFormationTemplate template = TemplateLoader.parse("""
        Resources:
          Q:
            Type: AWS::SQS::Queue
            Properties:
              A: !Ref Stage
              B: !GetAtt Dlq.Arn
              C: !Sub "${Stage}-x"
              D: !If [IsProd, 1, 2]
              E: !Join [",", [a, b]]
              F: !Select [0, [a]]
        """);
    Map<String, Object> p = template.resource("Q").properties();
    assertEquals(Map.of("Ref", "Stage"), p.get("A"));
    assertEquals(Map.of("Fn::GetAtt", List.of("Dlq", "Arn")), p.get("B"));
    assertEquals(Map.of("Fn::Sub", "${Stage}-x"), p.get("C"));
    assertEquals(Map.of("Fn::If", List.of("IsProd", 1, 2)), p.get("D"));
    assertEquals(Map.of("Fn::Join", List.of(",", List.of("a", "b"))), p.get("E"));
    assertEquals(Map.of("Fn::Select", List.of(0, List.of("a"))), p.get("F"));
  }

  @Test
  void the_format_version_stays_text_rather_than_becoming_a_date() {
    assertEquals("2010-09-09", TemplateLoader.parse("AWSTemplateFormatVersion: 2010-09-09\nResources: {}\n").formatVersion());
  }

  @Test
  void a_template_that_is_not_a_mapping_is_refused_with_a_reason() {
    TemplateException e = assertThrows(TemplateException.class, () -> TemplateLoader.parse("- just\n- a list\n"));
    assertEquals("a template is a YAML mapping at the top level", e.getMessage());
  }

  @Test
  void the_repository_template_lists_its_resources_in_declaration_order() throws java.io.IOException {
    CloudFormationTemplate template = TemplateLoader.load(org.laborbridge.localaws.RepositoryRoot.find().resolve("template.yaml"));
    List<String> tables = template.resourcesOfType("AWS::DynamoDB::Table").stream().map(CloudFormationTemplate.Resource::logicalId).toList();
    // The order the text declares them in, read without YAML: two-space-indented names followed by their type.
    String text = java.nio.file.Files.readString(org.laborbridge.localaws.RepositoryRoot.find().resolve("template.yaml"));
    java.util.regex.Matcher declared = java.util.regex.Pattern.compile("(?m)^  (\\w+):\\n    Type: AWS::DynamoDB::Table$").matcher(text);
    List<String> inText = new java.util.ArrayList<>();
    while (declared.find()) {
      inText.add(declared.group(1));
    }
    assertEquals(inText, tables);
    org.junit.jupiter.api.Assertions.assertTrue(tables.size() > 1 && tables.contains("JobsTable"), tables::toString);
  }
}
