package org.laborbridge.shared.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.laborbridge.shared.problem.FieldError;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.time.SettableClock;

class EnvelopeTest {

  private static final Instant AT = Instant.parse("2024-01-25T01:00:00Z");
  private static final JsonNode DATA = JsonNodeFactory.instance.objectNode().put("jobId", "JP-42");

  private static List<String> fieldsRefusedFor(String id, String type, Instant at, String source, JsonNode data) {
    InvalidValue invalid = assertThrows(InvalidValue.class, () -> new Envelope(id, type, at, source, data));
    return invalid.errors().stream().map(FieldError::field).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"job.posted", "worker.registered", "push.requested", "transfer.forward",
      "transfer.out_completed", "fair.registration.waitlisted", "report.q3.published"})
  void dot_separated_lower_case_words_are_event_types(String type) {
    assertEquals(type, new Envelope("e-1", type, AT, "jobs", DATA).type());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"job", "Job.Posted", "job.", ".posted", "job..posted", "job posted", "job-posted",
      "job.posted ", "1job.posted", "job._posted", "工作.发布"})
  void anything_else_is_refused_as_a_type(String type) {
    assertEquals(List.of("type"), fieldsRefusedFor("e-1", type, AT, "jobs", DATA));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void an_envelope_without_an_id_has_no_idempotency_key_and_is_refused(String id) {
    assertEquals(List.of("id"), fieldsRefusedFor(id, "job.posted", AT, "jobs", DATA));
  }

  @Test
  void an_overlong_id_is_refused() {
    assertEquals(List.of("id"), fieldsRefusedFor("x".repeat(129), "job.posted", AT, "jobs", DATA));
    assertEquals(128, new Envelope("x".repeat(128), "job.posted", AT, "jobs", DATA).id().length());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" "})
  void an_envelope_must_say_where_it_came_from(String source) {
    assertEquals(List.of("source"), fieldsRefusedFor("e-1", "job.posted", AT, source, DATA));
  }

  @Test
  void every_broken_field_is_reported_at_once() {
    assertEquals(List.of("id", "type", "occurredAt", "source", "data"),
        fieldsRefusedFor(null, null, null, null, null));
  }

  @Test
  void a_new_envelope_gets_a_random_uuid_and_the_clock_time() {
    SettableClock clock = new SettableClock(AT);
    Envelope first = Envelope.of("job.posted", "jobs", DATA, clock);
    Envelope second = Envelope.of("job.posted", "jobs", DATA, clock);
    assertEquals(AT, first.occurredAt());
    assertEquals(first.id(), UUID.fromString(first.id()).toString());
    assertNotEquals(first.id(), second.id());
  }

  @Test
  void printing_an_envelope_leaves_out_the_data_that_may_hold_personal_numbers() {
    JsonNode worker = JsonNodeFactory.instance.objectNode()
        .put("identityNumber", "11010519491231002X").put("mobile", "13812345678");
    String printed = new Envelope("e-1", "worker.registered", AT, "workers", worker).toString();
    assertEquals("Envelope[id=e-1, type=worker.registered, occurredAt=2024-01-25T01:00:00Z, source=workers]",
        printed);
    assertFalse(printed.contains("11010519491231002X"));
    assertFalse(printed.contains("13812345678"));
  }

  @Test
  void the_factory_checks_the_same_rules() {
    assertThrows(InvalidValue.class, () -> Envelope.of("JobPosted", "jobs", DATA, new SettableClock(AT)));
  }
}
