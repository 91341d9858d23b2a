package org.laborbridge.localaws.provision;

import org.junit.jupiter.api.Test;
import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.junit.LocalAwsTest;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parts of CloudFormation the main template does not use yet: FIFO, explicit names, LSIs, conditions. */
@LocalAwsTest(template = "infrastructure/local-aws/src/test/resources/fixture-template.yaml", stackName = "fixture")
class FixtureProvisioningTest {

  @Test
  void a_fifo_queue_gets_its_fifo_dead_letter_queue_created_first(LocalAws aws, ProvisionedStack stack) {
    assertTrue(stack.queueUrl("OrdersQueue").endsWith("fixture-OrdersQueue.fifo"));
    assertTrue(stack.queueUrl("OrdersDeadLetters").endsWith("fixture-orders-dlq.fifo"));
    Map<QueueAttributeName, String> attributes = aws.sqs().getQueueAttributes(r -> r.queueUrl(stack.queueUrl("OrdersQueue"))
        .attributeNames(QueueAttributeName.ALL)).attributes();
    assertEquals("true", attributes.get(QueueAttributeName.FIFO_QUEUE));
    assertEquals("3", attributes.get(QueueAttributeName.VISIBILITY_TIMEOUT));
    assertTrue(attributes.get(QueueAttributeName.REDRIVE_POLICY).contains("\"maxReceiveCount\":2"));
  }

  @Test
  void a_named_provisioned_table_gets_its_local_secondary_index(LocalAws aws, ProvisionedStack stack) {
    assertEquals("fixture-ledger-dev", stack.tableName("LedgerTable"));
    TableDescription table = aws.dynamoDb().describeTable(r -> r.tableName("fixture-ledger-dev")).table();
    assertEquals(2L, table.provisionedThroughput().readCapacityUnits());
    assertEquals("byAmount", table.localSecondaryIndexes().get(0).indexName());
    assertEquals("INCLUDE", table.localSecondaryIndexes().get(0).projection().projectionTypeAsString());
  }

  @Test
  void a_resource_whose_condition_is_false_is_not_created(LocalAws aws, ProvisionedStack stack) {
    assertTrue(stack.resourcesOfType("AWS::S3::Bucket").stream().noneMatch(r -> r.logicalId().equals("ProdOnlyBucket")));
    assertEquals("laborbridge-fixture-archive", stack.bucketName("ArchiveBucket"));
    assertEquals(1, aws.s3().listBuckets().buckets().size());
  }
}
