package org.laborbridge.runner.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CronExpressionTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static Instant nextAfter(String expression, String after, ZoneId zone) {
    return ScheduleExpression.parse(expression).nextAfter(Instant.parse(after), zone).orElseThrow();
  }

  @Test
  void nine_in_the_morning_in_shanghai_is_one_in_the_morning_utc() {
    assertEquals(Instant.parse("2025-03-03T01:00:00Z"),
        nextAfter("cron(0 9 * * ? *)", "2025-03-02T12:00:00Z", SHANGHAI));
  }

  @Test
  void the_same_expression_in_utc_fires_at_nine_utc() {
    assertEquals(Instant.parse("2025-03-03T09:00:00Z"),
        nextAfter("cron(0 9 * * ? *)", "2025-03-03T01:00:00Z", ZoneOffset.UTC));
  }

  @Test
  void the_next_fire_is_strictly_after_the_given_instant() {
    assertEquals(Instant.parse("2025-03-04T01:00:00Z"),
        nextAfter("cron(0 9 * * ? *)", "2025-03-03T01:00:00Z", SHANGHAI));
  }

  @Test
  void two_in_the_morning_on_the_first_in_shanghai_is_the_previous_months_last_day_at_six_in_the_evening_utc() {
    assertEquals(Instant.parse("2025-03-31T18:00:00Z"),
        nextAfter("cron(0 2 1 * ? *)", "2025-03-15T00:00:00Z", SHANGHAI));
    assertEquals(Instant.parse("2025-02-28T18:00:00Z"),
        nextAfter("cron(0 2 1 * ? *)", "2025-02-01T00:00:00Z", SHANGHAI));
  }

  @Test
  void a_weekday_range_skips_the_weekend() {
    // 2025-03-07 is a Friday.
    assertEquals(Instant.parse("2025-03-10T09:00:00Z"),
        nextAfter("cron(0 9 ? * MON-FRI *)", "2025-03-07T09:00:00Z", ZoneOffset.UTC));
  }

  @Test
  void day_of_week_numbers_count_sunday_as_one_like_aws() {
    // 2025-03-09 is a Sunday.
    assertEquals(Instant.parse("2025-03-09T09:00:00Z"),
        nextAfter("cron(0 9 ? * 1 *)", "2025-03-07T00:00:00Z", ZoneOffset.UTC));
  }

  @Test
  void l_in_day_of_month_is_the_last_day_of_the_month_leap_years_included() {
    assertEquals(Instant.parse("2024-02-29T00:00:00Z"),
        nextAfter("cron(0 0 L * ? *)", "2024-02-10T00:00:00Z", ZoneOffset.UTC));
    assertEquals(Instant.parse("2025-04-30T00:00:00Z"),
        nextAfter("cron(0 0 L * ? *)", "2025-03-31T00:00:00Z", ZoneOffset.UTC));
  }

  @Test
  void w_picks_the_weekday_nearest_the_given_day() {
    // 2025-03-15 is a Saturday, so the nearest weekday is Friday the 14th.
    assertEquals(Instant.parse("2025-03-14T08:00:00Z"),
        nextAfter("cron(0 8 15W * ? *)", "2025-03-01T00:00:00Z", ZoneOffset.UTC));
  }

  @Test
  void hash_picks_the_nth_weekday_of_the_month() {
    // The third Friday of March 2025 is the 21st.
    assertEquals(Instant.parse("2025-03-21T08:00:00Z"),
        nextAfter("cron(0 8 ? * FRI#3 *)", "2025-03-01T00:00:00Z", ZoneOffset.UTC));
  }

  @Test
  void month_names_lists_and_steps_are_understood() {
    assertEquals(Instant.parse("2025-07-01T12:00:00Z"),
        nextAfter("cron(0 12 1 JAN,JUL ? *)", "2025-01-01T12:00:00Z", ZoneOffset.UTC));
    assertEquals(Instant.parse("2025-03-03T10:15:00Z"),
        nextAfter("cron(0/15 * * * ? *)", "2025-03-03T10:00:00Z", ZoneOffset.UTC));
  }

  @Test
  void a_schedule_limited_to_past_years_never_fires_again() {
    Optional<Instant> next = ScheduleExpression.parse("cron(0 9 1 1 ? 2024)")
        .nextAfter(Instant.parse("2025-03-01T00:00:00Z"), ZoneOffset.UTC);
    assertTrue(next.isEmpty());
  }

  @Test
  void the_expression_reads_back_as_the_template_spells_it() {
    assertEquals("cron(0 9 ? * MON-FRI *)", ScheduleExpression.parse("cron(0 9 ? * MON-FRI *)").text());
  }
}
