package org.laborbridge.shared.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ProgrammeClockTest {

  @Test
  void the_programme_runs_on_china_standard_time() {
    assertEquals(ZoneId.of("Asia/Shanghai"), ProgrammeClock.ZONE);
  }

  @Test
  void today_is_the_shanghai_date_even_on_a_utc_clock() {
    ProgrammeClock clock = new ProgrammeClock(Clock.fixed(Instant.parse("2024-01-24T16:00:00Z"), ZoneOffset.UTC));
    assertEquals(LocalDate.of(2024, 1, 25), clock.today());
  }

  @Test
  void just_before_midnight_in_shanghai_it_is_still_the_previous_day() {
    ProgrammeClock clock = new ProgrammeClock(Clock.fixed(Instant.parse("2024-01-24T15:59:59Z"), ZoneOffset.UTC));
    assertEquals(LocalDate.of(2024, 1, 24), clock.today());
  }

  @Test
  void now_is_the_underlying_instant() {
    Instant instant = Instant.parse("2024-01-25T01:02:03Z");
    assertEquals(instant, new ProgrammeClock(Clock.fixed(instant, ZoneOffset.UTC)).now());
  }

  @Test
  void now_in_shanghai_is_eight_hours_ahead_of_utc() {
    ProgrammeClock clock = new ProgrammeClock(Clock.fixed(Instant.parse("2024-01-25T01:00:00Z"), ZoneOffset.UTC));
    ZonedDateTime shanghai = clock.nowInShanghai();
    assertEquals(9, shanghai.getHour());
    assertEquals(ProgrammeClock.ZONE, shanghai.getZone());
  }

  @Test
  void the_system_clock_is_zoned_in_shanghai() {
    assertEquals(ProgrammeClock.ZONE, ProgrammeClock.system().clock().getZone());
  }

  @Test
  void a_programme_clock_needs_a_clock() {
    assertThrows(NullPointerException.class, () -> new ProgrammeClock(null));
  }
}
