package org.laborbridge.localaws;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laborbridge.localaws.provision.ProvisionedStack;
import org.laborbridge.localaws.template.StackSettings;
import org.laborbridge.localaws.template.TemplateLoader;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** With a data folder (./run-local --data DIR), tables and files survive a restart and provisioning keeps them. */
class KeptDataTest {

  @Test
  void items_and_objects_written_before_a_restart_are_there_after_it(@TempDir Path data) {
    var template = TemplateLoader.load(RepositoryRoot.find().resolve("template.yaml"));
    Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS("PARTNER#kept"), "sk", AttributeValue.fromS("PARTNER"));
    try (LocalAws aws = LocalAws.start(data)) {
      ProvisionedStack stack = aws.provision(template, StackSettings.local("kept").withRegion(aws.backend().region()));
      aws.dynamoDb().putItem(r -> r.tableName(stack.tableName("PartnersTable")).item(key));
      aws.s3().putObject(r -> r.bucket(stack.bucketName("FilesBucket")).key("reports/2026/11/a.csv"), RequestBody.fromString("a"));
    }
    try (LocalAws aws = LocalAws.start(data)) {
      ProvisionedStack stack = aws.provision(template, StackSettings.local("kept").withRegion(aws.backend().region()));
      assertEquals(key, aws.dynamoDb().getItem(r -> r.tableName(stack.tableName("PartnersTable")).key(key)).item());
      assertEquals("a", aws.s3().getObjectAsBytes(r -> r.bucket(stack.bucketName("FilesBucket")).key("reports/2026/11/a.csv")).asUtf8String());
    }
  }
}
