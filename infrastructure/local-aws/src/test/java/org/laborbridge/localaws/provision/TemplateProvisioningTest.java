package org.laborbridge.localaws.provision;

import org.junit.jupiter.api.Test;
import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.junit.LocalAwsTest;
import org.laborbridge.localaws.template.CloudFormationTemplate.Resource;
import org.laborbridge.localaws.template.Values;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Everything template.yaml declares exists locally, shaped as declared. */
@LocalAwsTest
class TemplateProvisioningTest {

  @Test
  void every_table_of_the_template_exists_with_its_keys_and_indexes(LocalAws aws, ProvisionedStack stack) {
    List<Resource> tables = stack.template().resourcesOfType("AWS::DynamoDB::Table");
    assertFalse(tables.isEmpty());
    for (Resource declared : tables) {
      TableDescription table = aws.dynamoDb().describeTable(r -> r.tableName(stack.tableName(declared.logicalId()))).table();
      assertEquals(keys(declared.properties().get("KeySchema")), keys(table.keySchema()), declared.logicalId());
      assertEquals(indexes(declared.properties().get("GlobalSecondaryIndexes")),
          table.globalSecondaryIndexes().stream().collect(Collectors.toMap(GlobalSecondaryIndexDescription::indexName,
              i -> keys(i.keySchema()))), declared.logicalId() + " GSIs");
      assertEquals(indexes(declared.properties().get("LocalSecondaryIndexes")),
          table.localSecondaryIndexes().stream().collect(Collectors.toMap(LocalSecondaryIndexDescription::indexName,
              i -> keys(i.keySchema()))), declared.logicalId() + " LSIs");
    }
  }

  @Test
  void every_queue_exists_and_those_with_a_redrive_policy_point_at_their_dead_letter_queue(LocalAws aws, ProvisionedStack stack) {
    for (Resource declared : stack.template().resourcesOfType("AWS::SQS::Queue")) {
      Map<QueueAttributeName, String> attributes = aws.sqs().getQueueAttributes(r -> r.queueUrl(stack.queueUrl(declared.logicalId()))
          .attributeNames(QueueAttributeName.ALL)).attributes();
      Object redrive = declared.properties().get("RedrivePolicy");
      if (redrive != null) {
        String dlq = String.valueOf(Values.list(Values.map(Values.map(redrive, "RedrivePolicy").get("deadLetterTargetArn"), "arn")
            .get("Fn::GetAtt"), "GetAtt").get(0));
        String dlqArn = String.valueOf(stack.attribute(dlq, "Arn").orElseThrow());
        assertTrue(attributes.get(QueueAttributeName.REDRIVE_POLICY).contains(dlqArn), declared.logicalId());
        assertTrue(attributes.get(QueueAttributeName.REDRIVE_POLICY).contains("\"maxReceiveCount\":5"), declared.logicalId());
      }
      Object visibility = declared.properties().get("VisibilityTimeout");
      if (visibility != null) {
        assertEquals(String.valueOf(visibility), attributes.get(QueueAttributeName.VISIBILITY_TIMEOUT));
      }
    }
  }

  @Test
  void the_private_bucket_exists_under_the_name_functions_receive(LocalAws aws, ProvisionedStack stack) {
    String bucket = stack.bucketName("FilesBucket");
    assertEquals("laborbridge-test-filesbucket", bucket);
    assertTrue(aws.s3().listBuckets().buckets().stream().anyMatch(b -> b.name().equals(bucket)));
  }

  @Test
  void outputs_resolve_against_the_local_stack(ProvisionedStack stack) {
    Map<String, Object> outputs = stack.resolver().resolveMap(stack.template().section("Outputs"));
    assertEquals(stack.queueUrl("MatchingQueue"), Values.map(outputs.get("MatchingQueueUrl"), "out").get("Value"));
    assertEquals("https://laborbridge-test-HttpApi.execute-api." + stack.settings().region() + ".amazonaws.com",
        Values.map(outputs.get("ApiUrl"), "out").get("Value"));
  }

  private static Map<String, String> keys(Object declared) {
    return Values.list(declared, "KeySchema").stream().map(k -> Values.map(k, "key"))
        .collect(Collectors.toMap(k -> String.valueOf(k.get("AttributeName")), k -> String.valueOf(k.get("KeyType"))));
  }

  private static Map<String, String> keys(List<KeySchemaElement> actual) {
    return actual.stream().collect(Collectors.toMap(KeySchemaElement::attributeName, KeySchemaElement::keyTypeAsString));
  }

  private static Map<String, Map<String, String>> indexes(Object declared) {
    if (declared == null) {
      return Map.of();
    }
    return Values.list(declared, "indexes").stream().map(i -> Values.map(i, "index"))
        .collect(Collectors.toMap(i -> String.valueOf(i.get("IndexName")), i -> keys(i.get("KeySchema"))));
  }
}
