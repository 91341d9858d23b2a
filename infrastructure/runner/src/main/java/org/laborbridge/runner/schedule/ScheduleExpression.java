package org.laborbridge.runner.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * When a scheduled function of template.yaml runs: EventBridge Scheduler's {@code cron(...)},
 * {@code rate(...)} and {@code at(...)} expressions, read the way AWS reads them.
 *
 * <p>Classic {@code Schedule} events (EventBridge rules) use the same cron and rate syntax and
 * always run in UTC, so they parse here too.
 */
public sealed interface ScheduleExpression permits CronExpression, RateExpression, AtExpression {

  /** Reads an expression such as {@code cron(0 9 * * ? *)}, {@code rate(5 minutes)} or {@code at(2025-03-01T09:00:00)}. */
  static ScheduleExpression parse(String expression) {
    Objects.requireNonNull(expression, "expression");
    String text = expression.strip();
    if (text.startsWith("cron(") && text.endsWith(")")) {
      return CronExpression.parse(expression, inside(text, "cron("));
    }
    if (text.startsWith("rate(") && text.endsWith(")")) {
      return RateExpression.parse(expression, inside(text, "rate("));
    }
    if (text.startsWith("at(") && text.endsWith(")")) {
      return AtExpression.parse(expression, inside(text, "at("));
    }
    throw new InvalidScheduleExpression(expression,
        "expected cron(minutes hours day-of-month month day-of-week year), rate(value unit) or at(yyyy-mm-ddThh:mm:ss)");
  }

  private static String inside(String text, String opening) {
    return text.substring(opening.length(), text.length() - 1).strip();
  }

  /** The expression as template.yaml would spell it. */
  String text();

  /**
   * The first fire time strictly after {@code after}, in {@code zone}; empty when there is none.
   *
   * <p>A rate has no calendar to line up with, so for {@code rate(...)} this is {@code after} plus
   * the rate: callers pass the schedule's start or its previous fire time.
   */
  Optional<Instant> nextAfter(Instant after, ZoneId zone);

  /**
   * The first fire time of a schedule that starts at {@code start}: the next cron match, the
   * {@code at} time if still ahead, or one rate after the start, since Scheduler counts a rate from
   * the schedule's start rather than from the clock's round minutes.
   */
  default Optional<Instant> firstAfter(Instant start, ZoneId zone) {
    return nextAfter(start, zone);
  }

  /**
   * The fire time that follows one at {@code previousFire}, skipping every fire time that is not
   * after {@code now}: what a runner that fell behind (a laptop asleep, a clock moved on by hand)
   * fires next after making up for the missed ones with a single fire.
   */
  default Optional<Instant> nextSkippingPast(Instant previousFire, Instant now, ZoneId zone) {
    return nextAfter(previousFire.isAfter(now) ? previousFire : now, zone);
  }
}
