package org.laborbridge.runner.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateExpressionTest {

  private static final Instant START = Instant.parse("2025-03-03T10:02:17Z");

  private static String refusal(String expression) {
    return assertThrows(InvalidScheduleExpression.class, () -> ScheduleExpression.parse(expression)).getMessage();
  }

  @Test
  void a_rate_first_fires_one_interval_after_the_start_not_on_a_round_minute() {
    ScheduleExpression everyFiveMinutes = ScheduleExpression.parse("rate(5 minutes)");
    assertEquals(Instant.parse("2025-03-03T10:07:17Z"), everyFiveMinutes.firstAfter(START, ZoneOffset.UTC).orElseThrow());
  }

  @Test
  void hours_and_days_are_fixed_lengths() {
    assertEquals(Duration.ofHours(2), ((RateExpression) ScheduleExpression.parse("rate(2 hours)")).interval());
    assertEquals(Duration.ofHours(24), ((RateExpression) ScheduleExpression.parse("rate(1 day)")).interval());
  }

  @Test
  void after_missed_fires_the_next_one_stays_on_the_grid_counted_from_the_start() {
    ScheduleExpression everyFiveMinutes = ScheduleExpression.parse("rate(5 minutes)");
    Instant firstFire = START.plus(Duration.ofMinutes(5));
    Instant now = firstFire.plus(Duration.ofMinutes(12));
    assertEquals(firstFire.plus(Duration.ofMinutes(15)),
        everyFiveMinutes.nextSkippingPast(firstFire, now, ZoneOffset.UTC).orElseThrow());
  }

  @Test
  void a_fire_time_exactly_at_now_counts_as_missed() {
    ScheduleExpression everyFiveMinutes = ScheduleExpression.parse("rate(5 minutes)");
    Instant firstFire = START.plus(Duration.ofMinutes(5));
    assertEquals(firstFire.plus(Duration.ofMinutes(15)), everyFiveMinutes
        .nextSkippingPast(firstFire, firstFire.plus(Duration.ofMinutes(10)), ZoneOffset.UTC).orElseThrow());
  }

  @Test
  void a_value_of_one_with_a_plural_unit_is_refused_as_aws_refuses_it() {
    String message = refusal("rate(1 minutes)");
    assertTrue(message.contains("'rate(1 minutes)'"), message);
    assertTrue(message.contains("rate(1 minute)"), message);
  }

  @Test
  void a_value_above_one_with_a_singular_unit_is_refused() {
    String message = refusal("rate(5 minute)");
    assertTrue(message.contains("rate(5 minutes)"), message);
  }

  @Test
  void zero_negative_and_unknown_units_are_refused() {
    assertTrue(refusal("rate(0 minutes)").contains("positive whole number"));
    assertTrue(refusal("rate(-5 minutes)").contains("positive whole number"));
    assertTrue(refusal("rate(2 weeks)").contains("unknown unit 'weeks'"));
    assertTrue(refusal("rate(5)").contains("a value and a unit"));
  }
}
