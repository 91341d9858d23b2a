package org.laborbridge.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.laborbridge.localaws.RepositoryRoot;
import org.laborbridge.shared.identity.ResidentIdentityNumber;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The variants of sample events the benchmarks feed: a new request each time, otherwise the same. */
class EventVariantsTest {

  private final Path events = RepositoryRoot.find().resolve("events");

  @Test
  void a_repeated_post_gets_a_fresh_idempotency_key_and_keeps_its_body() {
    ObjectNode post = Events.read(events.resolve("jobs/06-post-job.json"));
    ObjectNode again = Events.withIdempotencyKey(post, "w7");

    String key = post.path("headers").path("idempotency-key").asText();
    assertEquals(key + "-w7", again.path("headers").path("idempotency-key").asText());
    assertEquals(post.path("body"), again.path("body"));
  }

  @Test
  void a_worker_registered_message_for_another_worker_changes_the_envelope_and_the_message_id() throws IOException {
    ObjectNode sample = Events.read(events.resolve("matching/01-worker-registered.json"));
    ObjectNode other = Events.withEnvelope(sample, envelope -> ((ObjectNode) envelope.path("data")).put("id", "bench-other-000001"));

    ObjectNode envelope = (ObjectNode) Events.JSON.readTree(other.path("Records").get(0).path("body").asText());
    assertEquals("bench-other-000001", envelope.path("data").path("id").asText());
    assertEquals("worker.registered", envelope.path("type").asText());
    assertNotEquals(sample.path("Records").get(0).path("messageId"), other.path("Records").get(0).path("messageId"));
  }

  @Test
  void the_workers_registered_for_the_capacity_figures_have_distinct_well_formed_identity_numbers() {
    Set<String> seen = new HashSet<>();
    for (int n = 0; n < 1_100; n++) {
      String number = Capacity.identityNumber(n);
      ResidentIdentityNumber.parse(number, LocalDate.of(2026, 11, 27));
      assertTrue(seen.add(number), number);
    }
  }

  @Test
  void percentiles_are_nearest_rank() {
    java.util.List<Double> values = java.util.stream.IntStream.rangeClosed(1, 100).mapToObj(i -> (double) i).toList();
    assertEquals(50.0, Stats.percentile(values, 50));
    assertEquals(99.0, Stats.percentile(values, 99));
    assertEquals(3.0, Stats.median(java.util.List.of(5.0, 1.0, 3.0)));
  }
}
