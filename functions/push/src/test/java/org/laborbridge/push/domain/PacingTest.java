package org.laborbridge.push.domain;

import org.junit.jupiter.api.Test;
import org.laborbridge.shared.problem.InvalidValue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PacingTest {

  private final Pacing pacing = Samples.PACING;

  @Test
  void the_quiet_hours_run_from_ten_at_night_to_eight_in_the_morning_shanghai_time() {
    QuietHours quiet = QuietHours.parse("22:00-08:00");
    assertTrue(quiet.contains(LocalTime.of(22, 0)));
    assertTrue(quiet.contains(LocalTime.of(3, 0)));
    assertTrue(quiet.contains(LocalTime.of(7, 59)));
    assertFalse(quiet.contains(LocalTime.of(8, 0)));
    assertFalse(quiet.contains(LocalTime.of(21, 59)));
  }

  @Test
  void a_push_late_in_the_evening_falls_due_at_eight_the_next_morning() {
    assertEquals(Optional.of(Samples.NEXT_MORNING), pacing.quietUntil(Samples.LATE_EVENING));
  }

  @Test
  void a_push_after_midnight_falls_due_at_eight_the_same_morning() {
    assertEquals(Optional.of(Samples.NEXT_MORNING), pacing.quietUntil(Instant.parse("2026-11-27T18:30:00Z")));
  }

  @Test
  void no_push_is_held_back_in_the_day() {
    assertEquals(Optional.empty(), pacing.quietUntil(Samples.MORNING));
  }

  @Test
  void the_day_is_the_shanghai_day_so_a_push_at_one_in_the_morning_counts_for_the_new_day() {
    assertEquals(LocalDate.of(2026, 11, 28), pacing.day(Instant.parse("2026-11-27T17:00:00Z")));
  }

  @Test
  void a_push_over_the_daily_limit_falls_due_the_next_day_as_the_quiet_hours_end() {
    assertEquals(Samples.NEXT_MORNING, pacing.nextDay(Samples.MORNING));
  }

  @Test
  void quiet_hours_inside_one_day_work_too() {
    QuietHours lunch = QuietHours.parse("12:00 - 13:30");
    assertTrue(lunch.contains(LocalTime.of(12, 45)));
    assertFalse(lunch.contains(LocalTime.of(13, 30)));
  }

  @Test
  void quiet_hours_written_wrongly_name_the_setting() {
    InvalidValue invalid = assertThrows(InvalidValue.class, () -> QuietHours.parse("10pm to 8am"));
    assertEquals(QuietHours.FIELD, invalid.errors().get(0).field());
    assertThrows(InvalidValue.class, () -> new Pacing(0, QuietHours.parse("22:00-08:00")));
  }
}
