package org.laborbridge.transfers.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Working days as offices count them: weekends and configured holidays off, adjusted weekend days on. */
class WorkingCalendarTest {

  /** A National Day week as the State Council sets one: 1-7 October off, Saturday 10 October worked. */
  private final WorkingCalendar calendar = new WorkingCalendar(
      Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6),
          LocalDate.of(2026, 10, 7)),
      Set.of(LocalDate.of(2026, 10, 10)));

  @Test
  void five_working_days_from_a_friday_end_on_the_next_friday() {
    assertEquals(LocalDate.of(2026, 12, 4), WorkingCalendar.weekdaysOnly().workingDaysAfter(LocalDate.of(2026, 11, 27), 5));
  }

  @Test
  void a_letter_received_before_the_national_day_week_is_due_after_it_counting_the_adjusted_saturday() {
    // 30 September: 8 Oct (1), 9 Oct (2), Saturday 10 Oct worked (3), 12 Oct (4), 13 Oct (5).
    assertEquals(LocalDate.of(2026, 10, 13), calendar.workingDaysAfter(LocalDate.of(2026, 9, 30), 5));
  }

  @Test
  void holidays_and_weekends_are_off_and_adjusted_weekend_days_are_on() {
    assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 10, 1)));
    assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 10, 11)), "an ordinary Sunday");
    assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 10, 10)), "the adjusted Saturday");
    assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 10, 8)));
  }

  @Test
  void the_day_a_letter_arrives_does_not_count() {
    assertEquals(LocalDate.of(2026, 12, 1), WorkingCalendar.weekdaysOnly().workingDaysAfter(LocalDate.of(2026, 11, 30), 1));
  }
}
