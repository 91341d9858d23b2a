package org.laborbridge.localaws;

import org.junit.jupiter.api.Test;
import org.laborbridge.localaws.junit.LocalAwsTest;
import org.laborbridge.localaws.provision.ProvisionedStack;
import org.laborbridge.localaws.template.StackSettings;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reset gives a clean stack without restarting the emulators. */
@LocalAwsTest
class CleanStateTest {

  @Test
  void a_reset_empties_tables_queues_and_the_bucket_but_keeps_the_endpoints(LocalAws aws, ProvisionedStack stack) {
    String table = stack.tableName("JobsTable");
    aws.dynamoDb().putItem(r -> r.tableName(table).item(Map.of("pk", AttributeValue.fromS("JOB#1"), "sk", AttributeValue.fromS("JOB"))));
    aws.sqs().sendMessage(r -> r.queueUrl(stack.queueUrl("PushQueue")).messageBody("{}"));
    aws.s3().putObject(r -> r.bucket(stack.bucketName("FilesBucket")).key("imports/p1/a.json"), RequestBody.fromString("{}"));
    String endpoint = aws.backend().dynamoDbEndpoint().toString();

    ProvisionedStack fresh = aws.reset(stack.template(), StackSettings.local("laborbridge-test").withRegion(aws.backend().region()));

    assertEquals(endpoint, aws.backend().dynamoDbEndpoint().toString());
    assertEquals(0, aws.dynamoDb().scan(r -> r.tableName(fresh.tableName("JobsTable"))).count());
    assertTrue(aws.sqs().receiveMessage(r -> r.queueUrl(fresh.queueUrl("PushQueue")).waitTimeSeconds(0)).messages().isEmpty());
    assertFalse(aws.s3().listObjectsV2(r -> r.bucket(fresh.bucketName("FilesBucket"))).hasContents()
        && !aws.s3().listObjectsV2(r -> r.bucket(fresh.bucketName("FilesBucket"))).contents().isEmpty());
  }
}
