package org.laborbridge.templatecheck;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laborbridge.localaws.RepositoryRoot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The template check catches what cfn-lint misses: each test breaks the fixture template in one way. */
class FixtureTemplateTest {

  private static final Path ROOT = RepositoryRoot.find();
  private static final Path MODULE = ROOT.resolve("infrastructure/template-check");
  private static final Path FIXTURE = MODULE.resolve("src/test/resources/fixture-template.yaml");

  @TempDir
  Path temp;

  private List<Finding> check(Path template, boolean lint) {
    return new TemplateCheck(ROOT, module -> List.of(module.resolve("src/test/java")), getClass().getClassLoader(),
        lint ? new CfnLint(MODULE) : null).check(template);
  }

  private Path fixtureWith(String from, String to) throws IOException {
    String yaml = Files.readString(FIXTURE, StandardCharsets.UTF_8);
    assertTrue(yaml.contains(from), "the fixture contains " + from);
    Path changed = temp.resolve("template.yaml");
    Files.writeString(changed, yaml.replace(from, to), StandardCharsets.UTF_8);
    return changed;
  }

  private static String messages(List<Finding> findings) {
    return String.join("\n", findings.stream().map(Finding::toString).toList());
  }

  @Test
  void the_fixture_passes_every_check_including_cfn_lint() {
    List<Finding> findings = check(FIXTURE, true);
    assertEquals(List.of(), findings, () -> messages(findings));
  }

  @Test
  void renaming_a_handler_class_fails_the_check() throws IOException {
    List<Finding> findings = check(fixtureWith("fixture.SampleQueueHandler::", "fixture.RenamedQueueHandler::"), false);
    assertEquals(1, findings.size(), () -> messages(findings));
    assertEquals("SampleQueueFunction", findings.get(0).where());
    assertTrue(findings.get(0).message().contains("org.laborbridge.templatecheck.fixture.RenamedQueueHandler has no source"));
  }

  @Test
  void a_handler_in_another_module_than_its_code_uri_fails_the_check() throws IOException {
    List<Finding> findings = check(fixtureWith("CodeUri: infrastructure/template-check\n      Handler: org.laborbridge.templatecheck.fixture.SampleHttpHandler",
        "CodeUri: infrastructure/local-aws\n      Handler: org.laborbridge.templatecheck.fixture.SampleHttpHandler"), false);
    assertEquals(1, findings.size(), () -> messages(findings));
    assertTrue(findings.get(0).message().contains("has no source"));
  }

  @Test
  void a_handler_of_the_wrong_event_type_fails_the_check() throws IOException {
    List<Finding> findings = check(fixtureWith("fixture.SampleHttpHandler\n", "fixture.SampleQueueHandler\n"), false);
    assertEquals(1, findings.size(), () -> messages(findings));
    assertEquals("HttpApi events need a handler of APIGatewayV2HTTPEvent but org.laborbridge.templatecheck.fixture.SampleQueueHandler takes SQSEvent",
        findings.get(0).message());
  }

  @Test
  void partial_batch_failures_need_a_batch_response() throws IOException {
    List<Finding> findings = check(fixtureWith("fixture.SampleQueueHandler::", "fixture.SampleScheduleHandler::"), false);
    assertTrue(messages(findings).contains("SQS events need a handler of SQSEvent"), messages(findings));
    assertTrue(messages(findings).contains("ReportBatchItemFailures needs the handler to return SQSBatchResponse"), messages(findings));
  }

  @Test
  void a_policy_on_a_resource_the_function_never_references_fails_the_check() throws IOException {
    List<Finding> findings = check(fixtureWith("DynamoDBCrudPolicy: { TableName: !Ref SampleTable }",
        "DynamoDBCrudPolicy: { TableName: !Ref OtherTable }"), false);
    assertEquals(1, findings.size(), () -> messages(findings));
    assertEquals("policy", findings.get(0).rule());
    assertTrue(findings.get(0).message().startsWith("Policies grant access to OtherTable"));
  }

  @Test
  void a_reference_to_something_undeclared_fails_the_check() throws IOException {
    List<Finding> findings = check(fixtureWith("Value: !Sub \"https://${Api}.", "Value: !Sub \"https://${MissingApi}."), false);
    assertEquals(1, findings.size(), () -> messages(findings));
    assertEquals("reference", findings.get(0).rule());
    assertTrue(findings.get(0).message().startsWith("refers to MissingApi"));
  }

  @Test
  void a_misspelt_event_type_and_a_wrong_runtime_are_caught_where_cfn_lint_is_silent() throws IOException {
    Path broken = fixtureWith("Type: ScheduleV2", "Type: ScheduleV3");
    Files.writeString(broken, Files.readString(broken).replace("Runtime: java17", "Runtime: java1.7"));
    List<Finding> findings = check(broken, false);
    assertTrue(messages(findings).contains("unknown event type ScheduleV3"), messages(findings));
    assertTrue(messages(findings).contains("Runtime java1.7 is not one of"), messages(findings));
  }

  @Test
  void a_cfn_lint_finding_outside_the_allow_list_fails_the_check() throws IOException {
    List<Finding> findings = check(fixtureWith("BillingMode: PAY_PER_REQUEST\n      AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]\n      KeySchema: [{ AttributeName: pk, KeyType: HASH }]\n  OtherTable",
        "BillingMode: PAY_PER_REQUEST\n      AttributeDefinitons: [{ AttributeName: pk, AttributeType: S }]\n      KeySchema: [{ AttributeName: pk, KeyType: HASH }]\n  OtherTable"), true);
    assertTrue(findings.stream().anyMatch(f -> f.rule().equals("cfn-lint") && f.message().contains("AttributeDefinitons")), messages(findings));
  }
}
