package org.laborbridge.runner.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code rate(value unit)} schedule: every so many minutes, hours or days, counted from the
 * schedule's start.
 *
 * <p>A rate is a fixed duration (a day is 24 hours), so the time zone and daylight saving never
 * move it.
 */
public record RateExpression(long value, ChronoUnit unit) implements ScheduleExpression {

  private static final Map<ChronoUnit, String> SINGULAR =
      Map.of(ChronoUnit.MINUTES, "minute", ChronoUnit.HOURS, "hour", ChronoUnit.DAYS, "day");

  public RateExpression {
    if (value < 1) {
      throw new InvalidScheduleExpression("rate(" + value + " " + unit + ")", "the value must be a positive whole number");
    }
    if (!SINGULAR.containsKey(unit)) {
      throw new InvalidScheduleExpression("rate(" + value + " " + unit + ")", "the unit must be minutes, hours or days");
    }
  }

  static RateExpression parse(String expression, String valueAndUnit) {
    String[] parts = valueAndUnit.split("\\s+");
    if (parts.length != 2) {
      throw new InvalidScheduleExpression(expression, "rate takes a value and a unit, e.g. rate(5 minutes)");
    }
    long value = positiveWholeNumber(expression, parts[0]);
    String word = parts[1];
    for (Map.Entry<ChronoUnit, String> unit : SINGULAR.entrySet()) {
      String singular = unit.getValue();
      String plural = singular + "s";
      if (word.equals(singular) || word.equals(plural)) {
        // AWS refuses "rate(1 minutes)" and "rate(5 minute)", and a template that deploys must too.
        if (value == 1 && word.equals(plural)) {
          throw new InvalidScheduleExpression(expression, "a value of 1 takes the singular unit: rate(1 " + singular + ")");
        }
        if (value > 1 && word.equals(singular)) {
          throw new InvalidScheduleExpression(expression,
              "a value above 1 takes the plural unit: rate(" + value + " " + plural + ")");
        }
        return new RateExpression(value, unit.getKey());
      }
    }
    throw new InvalidScheduleExpression(expression,
        "unknown unit '" + word + "'; use minute(s), hour(s) or day(s)");
  }

  private static long positiveWholeNumber(String expression, String digits) {
    if (!digits.matches("[0-9]{1,9}") || Long.parseLong(digits) < 1) {
      throw new InvalidScheduleExpression(expression, "the value must be a positive whole number, found '" + digits + "'");
    }
    return Long.parseLong(digits);
  }

  public Duration interval() {
    return unit.getDuration().multipliedBy(value);
  }

  @Override
  public String text() {
    String singular = SINGULAR.get(unit);
    return "rate(" + value + " " + (value == 1 ? singular : singular + "s") + ")";
  }

  @Override
  public Optional<Instant> nextAfter(Instant after, ZoneId zone) {
    return Optional.of(after.plus(interval()));
  }

  /** Stays on the start's grid (start + n × rate) however many fire times were missed. */
  @Override
  public Optional<Instant> nextSkippingPast(Instant previousFire, Instant now, ZoneId zone) {
    if (!now.isAfter(previousFire)) {
      return nextAfter(previousFire, zone);
    }
    long passed = Duration.between(previousFire, now).dividedBy(interval());
    return Optional.of(previousFire.plus(interval().multipliedBy(passed + 1)));
  }

  @Override
  public String toString() {
    return text();
  }
}
