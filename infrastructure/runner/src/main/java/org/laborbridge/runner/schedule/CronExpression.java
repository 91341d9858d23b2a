package org.laborbridge.runner.schedule;

import java.text.ParseException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code cron(minutes hours day-of-month month day-of-week year)} schedule, evaluated in the
 * schedule's time zone.
 *
 * <p>AWS's fields are Quartz's without the seconds, with the same wildcards ({@code L W #}), the
 * same names and the same day-of-week numbering (1 = SUN), so Quartz's cron engine does the
 * calendar work once a seconds field of 0 is put in front.
 */
public record CronExpression(
    String minutes, String hours, String dayOfMonth, String month, String dayOfWeek, String year)
    implements ScheduleExpression {

  private static final String FIELD_NAMES = "minutes hours day-of-month month day-of-week year";
  private static final String ANY_DAY = "?";
  private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
  private static final Set<String> MONTH_WORDS =
      Set.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
  private static final Set<String> DAY_OF_WEEK_WORDS = Set.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT", "L");
  private static final Set<String> DAY_OF_MONTH_WORDS = Set.of("L", "W", "LW");

  public CronExpression {
    List<String> fields = List.of(minutes, hours, dayOfMonth, month, dayOfWeek, year);
    String text = "cron(" + String.join(" ", fields) + ")";
    if (ANY_DAY.equals(dayOfMonth) && ANY_DAY.equals(dayOfWeek)) {
      throw new InvalidScheduleExpression(text,
          "day-of-month and day-of-week are both '?'; give one of them a value or '*'");
    }
    if (!ANY_DAY.equals(dayOfMonth) && !ANY_DAY.equals(dayOfWeek)) {
      throw new InvalidScheduleExpression(text,
          "day-of-month and day-of-week are both set; AWS needs '?' in one of them,"
              + " e.g. cron(0 9 * * ? *) or cron(0 9 ? * MON-FRI *)");
    }
    requireOnlyKnownWords(text, "day-of-month", dayOfMonth, DAY_OF_MONTH_WORDS, "L, W or LW");
    requireOnlyKnownWords(text, "month", month, MONTH_WORDS, "JAN-DEC or 1-12");
    requireOnlyKnownWords(text, "day-of-week", dayOfWeek, DAY_OF_WEEK_WORDS, "SUN-SAT, 1-7 or L");
    quartz(text, fields);
  }

  // Quartz reads only the first three letters of a name, so it would take MONDAY or JANUARY,
  // which AWS refuses.
  private static void requireOnlyKnownWords(String text, String fieldName, String field, Set<String> known, String expected) {
    Matcher word = WORD.matcher(field);
    while (word.find()) {
      if (!known.contains(word.group().toUpperCase(Locale.ROOT))) {
        throw new InvalidScheduleExpression(text,
            fieldName + " field has '" + word.group() + "'; expected " + expected);
      }
    }
  }

  static CronExpression parse(String expression, String fieldsText) {
    String[] fields = fieldsText.isEmpty() ? new String[0] : fieldsText.split("\\s+");
    if (fields.length != 6) {
      throw new InvalidScheduleExpression(expression,
          "cron takes 6 fields (" + FIELD_NAMES + "), found " + fields.length);
    }
    try {
      return new CronExpression(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]);
    } catch (InvalidScheduleExpression invalid) {
      // Report the expression as the template spells it, not as re-joined from its fields.
      throw new InvalidScheduleExpression(expression, invalid.problem());
    }
  }

  @Override
  public String text() {
    return "cron(" + String.join(" ", fields()) + ")";
  }

  @Override
  public Optional<Instant> nextAfter(Instant after, ZoneId zone) {
    // A fresh Quartz expression per call: setTimeZone mutates it, and the zone belongs to the schedule.
    org.quartz.CronExpression quartz = quartz(text(), fields());
    quartz.setTimeZone(TimeZone.getTimeZone(zone));
    return Optional.ofNullable(quartz.getTimeAfter(Date.from(after))).map(Date::toInstant);
  }

  @Override
  public String toString() {
    return text();
  }

  private List<String> fields() {
    return List.of(minutes, hours, dayOfMonth, month, dayOfWeek, year);
  }

  private static org.quartz.CronExpression quartz(String text, List<String> fields) {
    try {
      return new org.quartz.CronExpression("0 " + String.join(" ", fields));
    } catch (ParseException | RuntimeException quartzRefusal) {
      throw new InvalidScheduleExpression(text, quartzRefusal.getMessage());
    }
  }
}
