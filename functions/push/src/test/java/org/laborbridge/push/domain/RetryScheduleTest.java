package org.laborbridge.push.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetryScheduleTest {

  private final RetrySchedule schedule = RetrySchedule.standard(RetrySchedule.FIRST_WAIT);

  @Test
  void the_standard_webhooks_schedule_makes_ten_attempts_over_about_three_days() {
    assertEquals(10, schedule.attempts());
    Duration total = Duration.ZERO;
    for (int attempt = 1; attempt < schedule.attempts(); attempt++) {
      total = total.plus(schedule.waitAfter(attempt, 0).orElseThrow());
    }
    assertEquals(Duration.ofSeconds(5).plusMinutes(35).plusHours(75), total);
  }

  @Test
  void the_waits_are_five_seconds_five_minutes_half_an_hour_then_hours() {
    assertEquals(Optional.of(Duration.ofSeconds(5)), schedule.waitAfter(1, 0));
    assertEquals(Optional.of(Duration.ofMinutes(5)), schedule.waitAfter(2, 0));
    assertEquals(Optional.of(Duration.ofMinutes(30)), schedule.waitAfter(3, 0));
    assertEquals(Optional.of(Duration.ofHours(24)), schedule.waitAfter(9, 0));
  }

  @Test
  void after_the_last_attempt_there_is_no_wait() {
    assertEquals(Optional.empty(), schedule.waitAfter(10, 0.5));
  }

  @Test
  void jitter_only_ever_stretches_a_wait_and_by_at_most_a_tenth() {
    Duration wait = schedule.waitAfter(4, 0.999).orElseThrow();
    assertTrue(wait.compareTo(Duration.ofHours(2)) > 0);
    assertTrue(wait.compareTo(Duration.ofHours(2).plusMinutes(12)) <= 0);
  }
}
