package org.laborbridge.reports.domain;

import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.time.ProgrammeClock;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stretch of time a report covers, in China Standard Time: a calendar month ({@code 2026-11}) or an ISO week
 * ({@code 2026-W48}, Monday to Sunday; a week belongs to the year of its Thursday). The labels are those the activity
 * counters are kept under, so a period names one counters partition.
 *
 * @param first the first day, inclusive
 * @param last the last day, inclusive
 */
public record Period(ReportKind kind, String label, LocalDate first, LocalDate last) {

  public static final String FIELD = "period";
  /** Nothing was counted before the programme's platform existed; older periods are a typo. */
  static final int FIRST_YEAR = 2020;
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

  public Period {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
  }

  /** Reads a period as people write it: {@code 2026-11} for a month, {@code 2026-W48} for a week. */
  public static Period parse(ReportKind kind, String text) {
    String value = text == null ? "" : text.strip();
    if (kind == ReportKind.MONTHLY) {
      Matcher m = MONTH.matcher(value);
      int month = m.matches() ? Integer.parseInt(m.group(2)) : 0;
      if (month < 1 || month > 12) {
        throw new InvalidValue(FIELD, "must be a month written yyyy-MM, e.g. 2026-11");
      }
      return month(YearMonth.of(year(m.group(1)), month));
    }
    Matcher w = WEEK.matcher(value);
    if (!w.matches()) {
      throw new InvalidValue(FIELD, "must be an ISO week written yyyy-Www, e.g. 2026-W48");
    }
    int year = year(w.group(1));
    int week = Integer.parseInt(w.group(2));
    LocalDate aDayOfTheYear = LocalDate.of(year, 6, 1);
    long weeks = aDayOfTheYear.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
    if (week < 1 || week > weeks) {
      throw new InvalidValue(FIELD, year + " has ISO weeks 1 to " + weeks);
    }
    return week(aDayOfTheYear.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week));
  }

  /** The period of the given kind that holds the day. */
  public static Period containing(ReportKind kind, LocalDate day) {
    return kind == ReportKind.MONTHLY ? month(YearMonth.from(day)) : week(day);
  }

  /** What a schedule reports on: the period that holds yesterday (the month or week that has just ended). */
  public static Period justEnded(ReportKind kind, LocalDate today) {
    return containing(kind, today.minusDays(1));
  }

  private static Period month(YearMonth month) {
    return new Period(ReportKind.MONTHLY, month.toString(), month.atDay(1), month.atEndOfMonth());
  }

  private static Period week(LocalDate day) {
    LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    String label = String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
        monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    return new Period(ReportKind.WEEKLY, label, monday, monday.plusDays(6));
  }

  private static int year(String digits) {
    int year = Integer.parseInt(digits);
    if (year < FIRST_YEAR) {
      throw new InvalidValue(FIELD, "must be in " + FIRST_YEAR + " or later");
    }
    return year;
  }

  /** Whether something that happened at this moment (Shanghai date) falls in the period. */
  public boolean includes(Instant moment) {
    LocalDate day = LocalDate.ofInstant(moment, ProgrammeClock.ZONE);
    return !day.isBefore(first) && !day.isAfter(last);
  }

  /** The first moment of the period (00:00 in Shanghai on its first day). */
  public Instant start() {
    return first.atStartOfDay(ProgrammeClock.ZONE).toInstant();
  }

  /** The first moment after the period. */
  public Instant end() {
    return last.plusDays(1).atStartOfDay(ProgrammeClock.ZONE).toInstant();
  }

  public boolean startsAfter(LocalDate day) {
    return first.isAfter(day);
  }

  /**
   * The month folder of the report's files, {@code 2026/11}: a week's is the month of its Thursday, so that a week
   * is filed in the year its ISO label carries.
   */
  public String folder() {
    LocalDate day = kind == ReportKind.MONTHLY ? first : first.plusDays(3);
    return String.format("%04d/%02d", day.getYear(), day.getMonthValue());
  }

  /** e.g. {@code November 2026 (2026-11-01 to 2026-11-30)}. */
  public String description() {
    String span = first + " to " + last;
    if (kind == ReportKind.MONTHLY) {
      String month = first.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
      return month + " " + first.getYear() + " (" + span + ")";
    }
    return "Week " + label + " (" + span + ")";
  }
}
