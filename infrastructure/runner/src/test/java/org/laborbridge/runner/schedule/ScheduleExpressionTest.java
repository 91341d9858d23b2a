package org.laborbridge.runner.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScheduleExpressionTest {

  private static String refusal(String expression) {
    InvalidScheduleExpression invalid =
        assertThrows(InvalidScheduleExpression.class, () -> ScheduleExpression.parse(expression));
    assertTrue(invalid.getMessage().contains("'" + expression + "'"), invalid.getMessage());
    return invalid.getMessage();
  }

  @Test
  void each_kind_of_expression_is_recognised() {
    assertInstanceOf(CronExpression.class, ScheduleExpression.parse("cron(0 9 * * ? *)"));
    assertInstanceOf(RateExpression.class, ScheduleExpression.parse("rate(5 minutes)"));
    assertInstanceOf(AtExpression.class, ScheduleExpression.parse("at(2025-06-01T09:00:00)"));
  }

  @Test
  void surrounding_and_repeated_spaces_are_tolerated() {
    assertEquals("cron(0 9 * * ? *)", ScheduleExpression.parse("  cron( 0  9 * * ?  * ) ").text());
  }

  @Test
  void something_that_is_not_cron_rate_or_at_is_refused_with_the_three_forms() {
    String message = refusal("every day at nine");
    assertTrue(message.contains("cron(") && message.contains("rate(") && message.contains("at("), message);
  }

  @Test
  void a_five_field_unix_cron_is_refused_with_the_field_count() {
    String message = refusal("cron(0 9 * * ?)");
    assertTrue(message.contains("6 fields") && message.contains("found 5"), message);
  }

  @Test
  void a_quartz_cron_with_seconds_is_refused_with_the_field_count() {
    assertTrue(refusal("cron(0 0 9 * * ? *)").contains("found 7"));
  }

  @Test
  void an_empty_cron_is_refused() {
    assertTrue(refusal("cron()").contains("found 0"));
  }

  @Test
  void both_day_fields_set_is_refused_pointing_at_the_question_mark() {
    String message = refusal("cron(0 9 * * MON *)");
    assertTrue(message.contains("day-of-month and day-of-week are both set") && message.contains("'?'"), message);
  }

  @Test
  void both_day_fields_left_open_is_refused() {
    assertTrue(refusal("cron(0 9 ? * ? *)").contains("both '?'"));
  }

  @Test
  void out_of_range_values_and_unknown_names_are_refused() {
    refusal("cron(61 9 * * ? *)");
    refusal("cron(0 24 * * ? *)");
    refusal("cron(0 9 ? FOO * *)");
    refusal("cron(0 9 ? * 8 *)");
  }

  @Test
  void full_day_and_month_names_are_refused_as_aws_refuses_them() {
    assertTrue(refusal("cron(0 9 ? * MONDAY *)").contains("day-of-week field has 'MONDAY'"));
    assertTrue(refusal("cron(0 9 1 JANUARY ? *)").contains("month field has 'JANUARY'"));
  }
}
