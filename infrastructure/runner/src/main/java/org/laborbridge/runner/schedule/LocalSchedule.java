package org.laborbridge.runner.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One {@code ScheduleV2} (or classic {@code Schedule}) event of a function in template.yaml, as the
 * local runner keeps it.
 *
 * @param name how the runner and {@code ./run-local fire NAME} call it, e.g. {@code CampaignsFunction.Daily}
 * @param payload the JSON the function receives on each fire
 * @param enabled false for {@code State: DISABLED}
 */
public record LocalSchedule(
    String name, ScheduleExpression expression, ZoneId zone, String payload, boolean enabled) {

  /** EventBridge Scheduler evaluates an expression in UTC when the schedule names no time zone. */
  public static final ZoneId DEFAULT_ZONE = ZoneOffset.UTC;

  /**
   * The payload of a schedule without {@code Input}: a local choice, not AWS's. Every schedule
   * handler here reads a JSON object, and an empty one is the smallest event they all accept. A classic {@code Schedule} without Input really receives EventBridge's "Scheduled Event"
   * envelope; whoever reads the template builds that and passes it as the payload.
   */
  public static final String EMPTY_INPUT = "{}";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  public LocalSchedule {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A schedule needs a name");
    }
    Objects.requireNonNull(expression, "expression");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(payload, "payload");
    requireJson(name, payload);
  }

  /**
   * Builds a schedule from the properties of a template event, filling in what AWS fills in when
   * a property is absent (null): UTC, an empty JSON object, and ENABLED.
   *
   * @param state {@code ENABLED}, {@code DISABLED} or null
   */
  public static LocalSchedule fromTemplate(
      String name, String scheduleExpression, String timezone, String input, String state) {
    return new LocalSchedule(
        name,
        expression(name, scheduleExpression),
        timezone == null ? DEFAULT_ZONE : zone(name, timezone),
        input == null ? EMPTY_INPUT : input,
        isEnabled(name, state));
  }

  private static ScheduleExpression expression(String name, String scheduleExpression) {
    try {
      return ScheduleExpression.parse(scheduleExpression);
    } catch (InvalidScheduleExpression invalid) {
      throw new IllegalArgumentException("Schedule " + name + ": " + invalid.getMessage(), invalid);
    }
  }

  private static ZoneId zone(String name, String timezone) {
    try {
      return ZoneId.of(timezone);
    } catch (DateTimeException unknown) {
      throw new IllegalArgumentException("Schedule " + name + ": unknown time zone '" + timezone + "'", unknown);
    }
  }

  private static boolean isEnabled(String name, String state) {
    if (state == null || state.equals("ENABLED")) {
      return true;
    }
    if (state.equals("DISABLED")) {
      return false;
    }
    throw new IllegalArgumentException(
        "Schedule " + name + ": State must be ENABLED or DISABLED, found '" + state + "'");
  }

  private static void requireJson(String name, String payload) {
    // Fail when the template is read, not at the first fire hours later.
    try {
      if (JSON.readTree(payload).isMissingNode()) {
        throw new IllegalArgumentException("Schedule " + name + ": Input is empty; leave it out or give JSON");
      }
    } catch (JsonProcessingException notJson) {
      throw new IllegalArgumentException(
          "Schedule " + name + ": Input is not JSON: " + notJson.getOriginalMessage());
    }
  }
}
