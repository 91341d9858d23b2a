package org.laborbridge.push.domain;

import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.time.ProgrammeClock;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * The hours of the night (China Standard Time) in which nobody's phone should light up with a job: by default
 * 22:00 to 08:00. The window may wrap past midnight; {@code from} is inside it, {@code until} is not.
 */
public record QuietHours(LocalTime from, LocalTime until) {

  public static final String FIELD = "push.quietHours";

  public QuietHours {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    if (from.equals(until)) {
      throw new InvalidValue(FIELD, "must start and end at different times");
    }
  }

  /** Reads {@code HH:mm-HH:mm}, e.g. {@code 22:00-08:00}. */
  public static QuietHours parse(String text) {
    String[] parts = text == null ? new String[0] : text.trim().split("\\s*-\\s*");
    if (parts.length != 2) {
      throw new InvalidValue(FIELD, "must be written HH:mm-HH:mm, e.g. 22:00-08:00");
    }
    try {
      return new QuietHours(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]));
    } catch (DateTimeParseException e) {
      throw new InvalidValue(FIELD, "must be written HH:mm-HH:mm, e.g. 22:00-08:00");
    }
  }

  public boolean contains(LocalTime time) {
    return from.isBefore(until)
        ? !time.isBefore(from) && time.isBefore(until)
        : !time.isBefore(from) || time.isBefore(until);
  }

  /** When the quiet hours around {@code now} end, if {@code now} is in them. */
  public Optional<Instant> endingAfter(Instant now) {
    ZonedDateTime local = now.atZone(ProgrammeClock.ZONE);
    if (!contains(local.toLocalTime())) {
      return Optional.empty();
    }
    ZonedDateTime end = local.toLocalDate().atTime(until).atZone(ProgrammeClock.ZONE);
    return Optional.of((end.isAfter(local) ? end : end.plusDays(1)).toInstant());
  }

  @Override
  public String toString() {
    return from + "-" + until;
  }
}
