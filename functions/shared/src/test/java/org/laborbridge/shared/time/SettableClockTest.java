package org.laborbridge.shared.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SettableClockTest {

  private static final Instant SPRING_BREEZE_OPENS = Instant.parse("2024-01-25T00:00:00Z");

  @Test
  void it_starts_where_it_is_told_in_the_programme_zone() {
    SettableClock clock = new SettableClock(SPRING_BREEZE_OPENS);
    assertEquals(SPRING_BREEZE_OPENS, clock.instant());
    assertEquals(ProgrammeClock.ZONE, clock.getZone());
  }

  @Test
  void setting_it_moves_it_to_that_instant() {
    SettableClock clock = new SettableClock(SPRING_BREEZE_OPENS);
    clock.set(Instant.parse("2024-04-08T12:00:00Z"));
    assertEquals(Instant.parse("2024-04-08T12:00:00Z"), clock.instant());
  }

  @Test
  void advancing_five_days_walks_a_deadline_past() {
    SettableClock clock = new SettableClock(SPRING_BREEZE_OPENS);
    clock.advance(Duration.ofDays(5));
    assertEquals(SPRING_BREEZE_OPENS.plus(Duration.ofDays(5)), clock.instant());
    assertEquals(SPRING_BREEZE_OPENS.plus(Duration.ofDays(5)).toEpochMilli(), clock.millis());
  }

  @Test
  void advancing_by_a_negative_duration_moves_it_back() {
    SettableClock clock = new SettableClock(SPRING_BREEZE_OPENS);
    clock.advance(Duration.ofMinutes(-10));
    assertEquals(SPRING_BREEZE_OPENS.minusSeconds(600), clock.instant());
  }

  @Test
  void a_re_zoned_view_follows_every_later_move() {
    SettableClock clock = new SettableClock(SPRING_BREEZE_OPENS);
    Clock utc = clock.withZone(ZoneOffset.UTC);
    clock.advance(Duration.ofHours(1));
    assertEquals(SPRING_BREEZE_OPENS.plusSeconds(3600), utc.instant());
    assertEquals(ZoneOffset.UTC, utc.getZone());
  }

  @Test
  void re_zoning_to_the_same_zone_gives_the_same_clock() {
    SettableClock clock = new SettableClock(SPRING_BREEZE_OPENS);
    assertSame(clock, clock.withZone(ProgrammeClock.ZONE));
  }

  @Test
  void a_programme_clock_over_it_sees_the_date_change_at_shanghai_midnight() {
    SettableClock clock = new SettableClock(Instant.parse("2024-01-24T15:59:00Z"), ZoneOffset.UTC);
    ProgrammeClock programme = new ProgrammeClock(clock);
    assertEquals(LocalDate.of(2024, 1, 24), programme.today());
    clock.advance(Duration.ofMinutes(1));
    assertEquals(LocalDate.of(2024, 1, 25), programme.today());
  }

  @Test
  void java_time_reads_local_dates_through_its_zone() {
    SettableClock clock = new SettableClock(Instant.parse("2024-01-24T16:00:00Z"));
    assertEquals(LocalDate.of(2024, 1, 25), LocalDate.now(clock));
  }
}
