package org.laborbridge.jobs.store;

import org.junit.jupiter.api.Test;
import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.junit.LocalAwsTest;
import org.laborbridge.localaws.provision.ProvisionedStack;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.laborbridge.jobs.store.Fixtures.NOW;

/** An Idempotency-Key is claimed by the first request that brings it, for a day. */
@LocalAwsTest
class IdempotencyKeyClaimTest {

  @Test
  void the_first_request_with_a_key_claims_it(LocalAws aws, ProvisionedStack stack) {
    DynamoJobStore jobs = new DynamoJobStore(aws.dynamoDb(), stack.tableName("JobsTable"));

    assertEquals(Optional.empty(), jobs.claimIdempotencyKey("EMPLOYER:e1:first", "body-a", NOW));
  }

  @Test
  void a_repeat_with_the_same_body_learns_it_is_a_repeat_of_the_same_request(LocalAws aws, ProvisionedStack stack) {
    DynamoJobStore jobs = new DynamoJobStore(aws.dynamoDb(), stack.tableName("JobsTable"));
    jobs.claimIdempotencyKey("EMPLOYER:e1:same", "body-a", NOW);

    assertEquals(Optional.of("body-a"), jobs.claimIdempotencyKey("EMPLOYER:e1:same", "body-a", NOW.plusSeconds(30)));
  }

  @Test
  void a_repeat_with_another_body_learns_the_body_that_claimed_the_key(LocalAws aws, ProvisionedStack stack) {
    DynamoJobStore jobs = new DynamoJobStore(aws.dynamoDb(), stack.tableName("JobsTable"));
    jobs.claimIdempotencyKey("EMPLOYER:e1:other", "body-a", NOW);

    assertEquals(Optional.of("body-a"), jobs.claimIdempotencyKey("EMPLOYER:e1:other", "body-b", NOW.plusSeconds(30)));
  }

  @Test
  void the_same_key_from_another_caller_is_another_claim(LocalAws aws, ProvisionedStack stack) {
    DynamoJobStore jobs = new DynamoJobStore(aws.dynamoDb(), stack.tableName("JobsTable"));
    jobs.claimIdempotencyKey("EMPLOYER:e1:shared", "body-a", NOW);

    assertEquals(Optional.empty(), jobs.claimIdempotencyKey("EMPLOYER:e2:shared", "body-b", NOW));
  }

  @Test
  void a_key_claimed_more_than_a_day_ago_is_free_again_though_its_record_was_never_deleted(LocalAws aws,
      ProvisionedStack stack) {
    DynamoJobStore jobs = new DynamoJobStore(aws.dynamoDb(), stack.tableName("JobsTable"));
    jobs.claimIdempotencyKey("EMPLOYER:e1:expired", "body-a", NOW);

    assertEquals(Optional.of("body-a"), jobs.claimIdempotencyKey("EMPLOYER:e1:expired", "body-b", NOW.plus(Duration.ofHours(23))));
    assertEquals(Optional.empty(), jobs.claimIdempotencyKey("EMPLOYER:e1:expired", "body-b", NOW.plus(Duration.ofHours(25))));
    assertEquals(Optional.of("body-b"), jobs.claimIdempotencyKey("EMPLOYER:e1:expired", "body-a", NOW.plus(Duration.ofHours(26))));
  }

  @Test
  void the_claim_record_expires_a_day_after_it_was_made(LocalAws aws, ProvisionedStack stack) {
    DynamoJobStore jobs = new DynamoJobStore(aws.dynamoDb(), stack.tableName("JobsTable"));
    jobs.claimIdempotencyKey("STAFF:s1:ttl", "body-a", NOW);

    Map<String, AttributeValue> item = aws.dynamoDb().getItem(r -> r.tableName(stack.tableName("JobsTable"))
        .key(Map.of("pk", AttributeValue.fromS("IDEMPOTENCY#STAFF:s1:ttl"), "sk", AttributeValue.fromS("IDEMPOTENCY")))).item();

    assertEquals(String.valueOf(NOW.plus(Duration.ofHours(24)).getEpochSecond()), item.get("expiresAt").n());
    assertEquals("body-a", item.get("fingerprint").s());
  }
}
