package org.laborbridge.matching.store;

import org.junit.jupiter.api.Test;
import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.junit.LocalAwsTest;
import org.laborbridge.localaws.provision.ProvisionedStack;
import org.laborbridge.matching.domain.Match;
import org.laborbridge.matching.domain.MatchStore;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@LocalAwsTest
class DynamoMatchStoreTest {

  private static DynamoMatchStore store(LocalAws aws, ProvisionedStack stack) {
    return new DynamoMatchStore(aws.dynamoDb(), stack.tableName("MatchesTable"));
  }

  @Test
  void a_job_goes_to_a_worker_once_and_the_second_write_is_already_matched(LocalAws aws, ProvisionedStack stack) {
    DynamoMatchStore store = store(aws, stack);
    Match first = Fixtures.match("w-1", "job-once", "50.00");

    assertEquals(MatchStore.Outcome.CREATED, store.create(first));
    assertEquals(MatchStore.Outcome.ALREADY_MATCHED, store.create(Fixtures.match("w-1", "job-once", "70.00")));

    assertEquals(List.of(first), store.ofJob("job-once").matches());
  }

  @Test
  void a_jobs_matches_come_best_first_then_by_worker_id(LocalAws aws, ProvisionedStack stack) {
    DynamoMatchStore store = store(aws, stack);
    store.create(Fixtures.match("w-b", "job-order", "61.67"));
    store.create(Fixtures.match("w-c", "job-order", "108.00"));
    store.create(Fixtures.match("w-a", "job-order", "61.67"));
    store.create(Fixtures.match("w-d", "job-order", "9.5"));
    store.create(Fixtures.match("w-x", "another-job", "99"));

    MatchStore.JobMatches matches = store.ofJob("job-order");

    assertEquals(List.of("w-c", "w-a", "w-b", "w-d"), matches.matches().stream().map(Match::workerId).toList());
    assertTrue(matches.readUnits() > 0);
  }

  @Test
  void a_match_item_has_the_documented_keys_and_a_descending_score_sort_key(LocalAws aws, ProvisionedStack stack) {
    store(aws, stack).create(Fixtures.match("w-keys", "job-keys", "61.67"));

    Map<String, AttributeValue> item = aws.dynamoDb().getItem(r -> r.tableName(stack.tableName("MatchesTable"))
        .key(Map.of("pk", AttributeValue.fromS("WORKER#w-keys"), "sk", AttributeValue.fromS("JOB#job-keys")))).item();
    assertEquals("JOB#job-keys", item.get("gsi1pk").s());
    assertEquals("9993832#w-keys", item.get("gsi1sk").s());
    assertEquals(new BigDecimal("61.67"), new BigDecimal(item.get("score").n()));
    assertEquals("2026-11-27T02:00:00Z", item.get("matchedAt").s());
    assertEquals("1", item.get("jobVersion").n());
  }

  @Test
  void a_job_version_is_recorded_unless_a_newer_one_was(LocalAws aws, ProvisionedStack stack) {
    DynamoMatchStore store = store(aws, stack);

    assertTrue(store.recordJobVersion("job-v", 2));
    assertTrue(store.recordJobVersion("job-v", 2));
    assertTrue(store.recordJobVersion("job-v", 3));
    assertEquals(false, store.recordJobVersion("job-v", 1));
    assertEquals(List.of(), store.ofJob("job-v").matches());
  }

  @Test
  void a_match_remembers_that_its_push_was_asked_for(LocalAws aws, ProvisionedStack stack) {
    DynamoMatchStore store = store(aws, stack);
    Match match = Fixtures.match("w-push", "job-push", "40");
    store.create(match);

    store.markPushRequested(match);

    assertTrue(store.ofJob("job-push").matches().get(0).pushRequested());
    assertThrows(IllegalStateException.class, () -> store.markPushRequested(Fixtures.match("w-none", "job-push", "40")));
  }

  @Test
  void a_job_gives_out_at_most_k_places_and_a_place_given_back_can_be_taken_again(LocalAws aws, ProvisionedStack stack) {
    DynamoMatchStore store = store(aws, stack);
    store.recordJobVersion("job-cap", 1);

    assertEquals(MatchStore.Slot.TAKEN, store.takeSlot("job-cap", 1, 2));
    assertEquals(MatchStore.Slot.TAKEN, store.takeSlot("job-cap", 1, 2));
    assertEquals(MatchStore.Slot.REFUSED, store.takeSlot("job-cap", 1, 2));
    store.giveBackSlot("job-cap");

    assertEquals(MatchStore.Slot.TAKEN, store.takeSlot("job-cap", 1, 2));
    assertEquals(2, matchCount(aws, stack, "job-cap"));
  }

  @Test
  void no_place_is_given_for_a_version_of_the_job_that_a_newer_one_replaced(LocalAws aws, ProvisionedStack stack) {
    DynamoMatchStore store = store(aws, stack);
    store.recordJobVersion("job-moved-on", 1);
    store.takeSlot("job-moved-on", 1, 50);
    store.recordJobVersion("job-moved-on", 2);

    assertEquals(MatchStore.Slot.REFUSED, store.takeSlot("job-moved-on", 1, 50));
    assertEquals(MatchStore.Slot.REFUSED, store.takeSlot("job-never-seen", 1, 50));
    assertEquals(MatchStore.Slot.TAKEN, store.takeSlot("job-moved-on", 2, 50));
    assertEquals(2, matchCount(aws, stack, "job-moved-on"), "recording a version keeps the count");
  }

  @Test
  void the_count_never_goes_below_zero(LocalAws aws, ProvisionedStack stack) {
    DynamoMatchStore store = store(aws, stack);
    store.recordJobVersion("job-none", 1);

    store.giveBackSlot("job-none");
    store.takeSlot("job-none", 1, 50);
    store.giveBackSlot("job-none");
    store.giveBackSlot("job-none");

    assertEquals(0, matchCount(aws, stack, "job-none"));
  }

  @Test
  void a_workers_matches_are_read_from_their_partition(LocalAws aws, ProvisionedStack stack) {
    DynamoMatchStore store = store(aws, stack);
    store.create(Fixtures.match("w-mine", "job-a", "40"));
    store.create(Fixtures.match("w-mine", "job-b", "50"));
    store.create(Fixtures.match("w-other", "job-a", "40"));

    MatchStore.WorkerMatches mine = store.ofWorker("w-mine");

    assertEquals(List.of("job-a", "job-b"), mine.matches().stream().map(Match::jobId).toList());
    assertTrue(mine.readUnits() > 0);
  }

  private static long matchCount(LocalAws aws, ProvisionedStack stack, String jobId) {
    Map<String, AttributeValue> item = aws.dynamoDb().getItem(r -> r.tableName(stack.tableName("MatchesTable"))
        .key(Map.of("pk", AttributeValue.fromS("JOB#" + jobId), "sk", AttributeValue.fromS("JOB")))
        .consistentRead(true)).item();
    return item.containsKey("matchCount") ? Long.parseLong(item.get("matchCount").n()) : 0;
  }
}
