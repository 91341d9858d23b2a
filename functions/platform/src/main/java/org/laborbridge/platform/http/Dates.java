package org.laborbridge.platform.http;

import org.laborbridge.shared.problem.InvalidValue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Dates and times as the API writes them: ISO 8601. */
public final class Dates {
  private Dates() {}

  public static LocalDate parse(String field, String text) {
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidValue(field, "must be a date such as 2026-12-31");
    }
  }

  public static Instant instant(String field, String text) {
    try {
      return OffsetDateTime.parse(text.trim()).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidValue(field, "must be a date and time with offset such as 2026-11-27T09:00:00+08:00");
    }
  }
}
