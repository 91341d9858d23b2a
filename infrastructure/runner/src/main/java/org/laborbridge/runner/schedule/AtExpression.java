package org.laborbridge.runner.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@code at(yyyy-mm-ddThh:mm:ss)} one-time schedule: a wall-clock time in the schedule's time
 * zone, fired once.
 */
public record AtExpression(LocalDateTime localTime) implements ScheduleExpression {

  private static final DateTimeFormatter AWS_FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

  public AtExpression {
    Objects.requireNonNull(localTime, "localTime");
  }

  static AtExpression parse(String expression, String dateTime) {
    try {
      return new AtExpression(LocalDateTime.parse(dateTime, AWS_FORMAT));
    } catch (DateTimeParseException notAwsFormat) {
      throw new InvalidScheduleExpression(expression,
          "at takes a date and time as yyyy-mm-ddThh:mm:ss without a zone, e.g. at(2025-03-01T09:00:00)");
    }
  }

  @Override
  public String text() {
    return "at(" + AWS_FORMAT.format(localTime) + ")";
  }

  @Override
  public Optional<Instant> nextAfter(Instant after, ZoneId zone) {
    Instant fireTime = localTime.atZone(zone).toInstant();
    return fireTime.isAfter(after) ? Optional.of(fireTime) : Optional.empty();
  }

  @Override
  public String toString() {
    return text();
  }
}
