package org.laborbridge.reports.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.laborbridge.shared.time.ProgrammeClock;

/** How the report writes its figures as text (CSV, HTML): the same rounding everywhere. */
public final class Figures {

  private static final DateTimeFormatter SHANGHAI = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'CST'")
      .withZone(ProgrammeClock.ZONE);

  private Figures() {}

  /** @param grouped whether thousands are separated ({@code 1,204}), as people read; CSV is not, for machines */
  public static String text(Cell cell, Column.Format format, boolean grouped) {
    if (!cell.shown()) {
      return cell.mark().sign();
    }
    double value = cell.value();
    return switch (format) {
      case COUNT -> grouped ? String.format(Locale.ROOT, "%,d", (long) value) : Long.toString((long) value);
      case PERCENT -> oneDecimal(value * 100) + "%";
      case DAYS -> oneDecimal(value);
    };
  }

  static String oneDecimal(double value) {
    return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  public static String time(Instant instant) {
    return SHANGHAI.format(instant);
  }
}
