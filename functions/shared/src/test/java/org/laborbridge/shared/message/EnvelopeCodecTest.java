package org.laborbridge.shared.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.laborbridge.shared.problem.FieldError;
import org.laborbridge.shared.problem.InvalidValue;

class EnvelopeCodecTest {

  private static final String JOB_POSTED = """
      {"id":"3f1c2b9e-7d4a-4c1e-9a53-0a2f6f0b8e11","type":"job.posted",\
      "occurredAt":"2024-01-25T01:00:00Z","source":"jobs",\
      "data":{"jobId":"JP-42","baseSalary":{"value":6500.50,"unit":"MONTH","currency":"CNY"}}}""";

  private static List<FieldError> errorsFor(String json) {
    return assertThrows(InvalidValue.class, () -> EnvelopeCodec.fromJson(json)).errors();
  }

  private static List<String> fieldsRefusedFor(String json) {
    return errorsFor(json).stream().map(FieldError::field).toList();
  }

  @Test
  void an_envelope_is_read_field_by_field() {
    Envelope envelope = EnvelopeCodec.fromJson(JOB_POSTED);
    assertEquals("3f1c2b9e-7d4a-4c1e-9a53-0a2f6f0b8e11", envelope.id());
    assertEquals("job.posted", envelope.type());
    assertEquals(Instant.parse("2024-01-25T01:00:00Z"), envelope.occurredAt());
    assertEquals("jobs", envelope.source());
    assertEquals("JP-42", envelope.data().get("jobId").textValue());
  }

  @Test
  void writing_then_reading_gives_the_same_envelope() {
    Envelope envelope = EnvelopeCodec.fromJson(JOB_POSTED);
    assertEquals(envelope, EnvelopeCodec.fromJson(EnvelopeCodec.toJson(envelope)));
    assertEquals(envelope, EnvelopeCodec.fromJson(EnvelopeCodec.toJsonBytes(envelope)));
  }

  @Test
  void occurred_at_is_written_as_an_iso_8601_string() {
    JsonNode data = JsonNodeFactory.instance.objectNode();
    Envelope envelope = new Envelope("e-1", "job.posted", Instant.parse("2024-01-25T01:00:00.123Z"), "jobs", data);
    assertEquals(
        "{\"id\":\"e-1\",\"type\":\"job.posted\",\"occurredAt\":\"2024-01-25T01:00:00.123Z\","
            + "\"source\":\"jobs\",\"data\":{}}",
        EnvelopeCodec.toJson(envelope));
  }

  @Test
  void a_shanghai_offset_is_read_as_the_same_instant() {
    Envelope envelope = EnvelopeCodec.fromJson(JOB_POSTED.replace("2024-01-25T01:00:00Z", "2024-01-25T09:00:00+08:00"));
    assertEquals(Instant.parse("2024-01-25T01:00:00Z"), envelope.occurredAt());
  }

  @Test
  void salary_amounts_keep_their_decimal_digits() {
    Envelope envelope = EnvelopeCodec.fromJson(JOB_POSTED);
    assertEquals(new BigDecimal("6500.50"), envelope.data().get("baseSalary").get("value").decimalValue());
    assertTrue(EnvelopeCodec.toJson(envelope).contains("6500.50"));
  }

  @Test
  void unknown_top_level_fields_are_ignored() {
    Envelope envelope = EnvelopeCodec.fromJson(JOB_POSTED.replace("{\"id\"", "{\"specversion\":\"1.0\",\"id\""));
    assertEquals("job.posted", envelope.type());
  }

  @Test
  void non_ascii_text_survives_the_byte_form() {
    Envelope envelope = EnvelopeCodec.fromJson(JOB_POSTED.replace("JP-42", "川菜厨师"));
    byte[] bytes = EnvelopeCodec.toJsonBytes(envelope);
    assertEquals("川菜厨师", EnvelopeCodec.fromJson(bytes).data().get("jobId").textValue());
    assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("川菜厨师"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  void empty_input_is_an_invalid_value(String json) {
    assertEquals(List.of(new FieldError("envelope", "is empty")), errorsFor(json));
  }

  @Test
  void empty_bytes_are_an_invalid_value() {
    List<FieldError> empty = List.of(new FieldError("envelope", "is empty"));
    assertEquals(empty, assertThrows(InvalidValue.class, () -> EnvelopeCodec.fromJson(new byte[0])).errors());
    assertEquals(empty, assertThrows(InvalidValue.class, () -> EnvelopeCodec.fromJson((byte[]) null)).errors());
  }

  @ParameterizedTest
  @ValueSource(strings = {"{", "{\"id\":", "not json", "{\"id\":\"a\"} trailing", "{'id':'a'}"})
  void malformed_json_is_an_invalid_value_not_a_crash(String json) {
    List<FieldError> errors = errorsFor(json);
    assertEquals("envelope", errors.get(0).field());
    assertTrue(errors.get(0).message().startsWith("is not valid JSON"));
  }

  @Test
  void the_parser_message_is_not_passed_on_because_it_quotes_the_payload() {
    InvalidValue invalid = assertThrows(InvalidValue.class,
        () -> EnvelopeCodec.fromJson("{\"id\":\"e-1\",\"idNumber\":11010519491231002X}"));
    assertFalse(invalid.getMessage().contains("11010519491231002X"));
    assertFalse(invalid.getMessage().contains("002X"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "\"job.posted\"", "42", "null", "true"})
  void json_that_is_not_an_object_is_refused(String json) {
    assertEquals(List.of(new FieldError("envelope", "must be a JSON object")), errorsFor(json));
  }

  @Test
  void an_empty_object_reports_every_missing_field() {
    assertEquals(List.of("id", "type", "occurredAt", "source", "data"), fieldsRefusedFor("{}"));
  }

  @Test
  void fields_of_the_wrong_json_type_are_reported_once_each() {
    List<FieldError> errors = errorsFor(
        "{\"id\":42,\"type\":[\"job.posted\"],\"occurredAt\":1706144400,\"source\":\"jobs\",\"data\":{}}");
    assertEquals(List.of(
        new FieldError("id", "must be a string"),
        new FieldError("type", "must be a string"),
        new FieldError("occurredAt", "must be a string")), errors);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-01-25", "2024-01-25T01:00:00", "yesterday", "2024-13-01T00:00:00Z"})
  void an_occurred_at_without_an_offset_or_not_a_date_time_is_refused(String occurredAt) {
    assertEquals(List.of("occurredAt"),
        fieldsRefusedFor(JOB_POSTED.replace("2024-01-25T01:00:00Z", occurredAt)));
  }

  @Test
  void a_null_data_is_refused() {
    assertEquals(List.of("data"), fieldsRefusedFor(
        "{\"id\":\"e-1\",\"type\":\"job.posted\",\"occurredAt\":\"2024-01-25T01:00:00Z\",\"source\":\"jobs\",\"data\":null}"));
  }

  @Test
  void data_may_be_any_json_value_such_as_an_array() {
    Envelope envelope = EnvelopeCodec.fromJson(
        "{\"id\":\"e-1\",\"type\":\"job.posted\",\"occurredAt\":\"2024-01-25T01:00:00Z\",\"source\":\"jobs\",\"data\":[1,2]}");
    assertTrue(envelope.data().isArray());
  }

  @Test
  void a_bad_type_in_otherwise_good_json_is_refused_by_the_envelope_rules() {
    assertEquals(List.of("type"), fieldsRefusedFor(JOB_POSTED.replace("job.posted", "JobPosted")));
  }
}
