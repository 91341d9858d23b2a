package org.laborbridge.runner.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.laborbridge.shared.time.SettableClock;

class SchedulerTest {

  private static final Instant MONDAY_MIDNIGHT_UTC = Instant.parse("2025-03-03T00:00:00Z");

  private final SettableClock clock = new SettableClock(MONDAY_MIDNIGHT_UTC);
  private final Scheduler scheduler = new Scheduler(clock);
  private final List<Fire> fires = new ArrayList<>();

  private static LocalSchedule schedule(String name, String expression, String timezone) {
    return LocalSchedule.fromTemplate(name, expression, timezone, null, null);
  }

  private List<Instant> fireTimes() {
    return fires.stream().map(Fire::scheduledTime).toList();
  }

  private int tickAt(String instant) {
    clock.set(Instant.parse(instant));
    return scheduler.tick();
  }

  @Test
  void nine_in_shanghai_fires_at_one_utc_and_not_at_nine_utc() {
    scheduler.add(schedule("CampaignsFunction.Daily", "cron(0 9 * * ? *)", "Asia/Shanghai"), fires::add);

    assertEquals(0, tickAt("2025-03-03T00:59:59Z"));
    assertEquals(1, tickAt("2025-03-03T01:00:00Z"));
    assertEquals(0, tickAt("2025-03-03T09:00:00Z"));

    assertEquals(List.of(Instant.parse("2025-03-03T01:00:00Z")), fireTimes());
  }

  @Test
  void a_daily_schedule_fires_once_a_day_however_often_the_clock_ticks() {
    scheduler.add(schedule("CampaignsFunction.Daily", "cron(0 9 * * ? *)", "Asia/Shanghai"), fires::add);

    for (int minute = 0; minute < 3 * 24 * 60; minute += 7) {
      clock.set(MONDAY_MIDNIGHT_UTC.plus(Duration.ofMinutes(minute)));
      scheduler.tick();
      scheduler.tick();
    }

    assertEquals(List.of(Instant.parse("2025-03-03T01:00:00Z"), Instant.parse("2025-03-04T01:00:00Z"),
        Instant.parse("2025-03-05T01:00:00Z")), fireTimes());
  }

  @Test
  void a_schedule_without_a_time_zone_runs_in_utc() {
    scheduler.add(schedule("CampaignsFunction.Daily", "cron(0 9 * * ? *)", null), fires::add);

    assertEquals(0, tickAt("2025-03-03T01:00:00Z"));
    assertEquals(1, tickAt("2025-03-03T09:00:00Z"));
  }

  @Test
  void the_monthly_run_on_the_first_in_shanghai_fires_on_the_last_evening_of_the_previous_month_utc() {
    scheduler.add(schedule("ReportsFunction.Monthly", "cron(0 2 1 * ? *)", "Asia/Shanghai"), fires::add);

    assertEquals(Instant.parse("2025-03-31T18:00:00Z"), scheduler.nextFireTime("ReportsFunction.Monthly").orElseThrow());
    assertEquals(0, tickAt("2025-03-31T17:59:00Z"));
    assertEquals(1, tickAt("2025-03-31T18:00:00Z"));
  }

  @Test
  void a_clock_that_jumps_past_several_fire_times_fires_once_and_moves_to_the_next_future_time() {
    scheduler.add(schedule("CampaignsFunction.Daily", "cron(0 9 * * ? *)", null), fires::add);

    assertEquals(1, tickAt("2025-03-06T12:00:00Z"));

    assertEquals(List.of(Instant.parse("2025-03-03T09:00:00Z")), fireTimes());
    assertEquals(Instant.parse("2025-03-07T09:00:00Z"), scheduler.nextFireTime("CampaignsFunction.Daily").orElseThrow());
  }

  @Test
  void a_five_minute_rate_fires_five_minutes_after_start_and_every_five_after() {
    clock.set(Instant.parse("2025-03-03T10:02:17Z"));
    scheduler.add(schedule("MatchesFunction.Sweep", "rate(5 minutes)", null), fires::add);

    assertEquals(0, tickAt("2025-03-03T10:07:16Z"));
    assertEquals(1, tickAt("2025-03-03T10:07:17Z"));
    assertEquals(0, tickAt("2025-03-03T10:10:00Z"));
    assertEquals(1, tickAt("2025-03-03T10:12:17Z"));
    assertEquals(1, tickAt("2025-03-03T10:17:20Z"));

    assertEquals(List.of(Instant.parse("2025-03-03T10:07:17Z"), Instant.parse("2025-03-03T10:12:17Z"),
        Instant.parse("2025-03-03T10:17:17Z")), fireTimes());
  }

  @Test
  void a_one_time_schedule_fires_once() {
    scheduler.add(schedule("FairsFunction.Opening", "at(2025-03-03T09:00:00)", "Asia/Shanghai"), fires::add);

    assertEquals(1, tickAt("2025-03-03T01:00:00Z"));
    assertEquals(0, tickAt("2025-03-04T01:00:00Z"));
    assertEquals(0, tickAt("2026-03-03T01:00:00Z"));
    assertTrue(scheduler.nextFireTime("FairsFunction.Opening").isEmpty());
  }

  @Test
  void a_disabled_schedule_never_fires_on_its_own() {
    scheduler.add(LocalSchedule.fromTemplate("CampaignsFunction.Daily", "rate(1 minute)", null, null, "DISABLED"), fires::add);

    assertEquals(0, tickAt("2025-03-04T00:00:00Z"));
    assertTrue(scheduler.nextFireTime("CampaignsFunction.Daily").isEmpty());
    assertTrue(fires.isEmpty());
  }

  @Test
  void fire_now_fires_any_schedule_at_any_time_disabled_ones_included() {
    scheduler.add(LocalSchedule.fromTemplate("CampaignsFunction.Daily", "cron(0 9 * * ? *)", null,
        "{\"campaign\":\"spring\"}", "DISABLED"), fires::add);
    clock.set(Instant.parse("2025-03-03T03:21:00Z"));

    scheduler.fireNow("CampaignsFunction.Daily");

    assertEquals(List.of(new Fire("CampaignsFunction.Daily", Instant.parse("2025-03-03T03:21:00Z"),
        "{\"campaign\":\"spring\"}")), fires);
  }

  @Test
  void fire_now_leaves_the_next_due_time_where_it_was() {
    scheduler.add(schedule("CampaignsFunction.Daily", "cron(0 9 * * ? *)", null), fires::add);

    scheduler.fireNow("CampaignsFunction.Daily");

    assertEquals(Instant.parse("2025-03-03T09:00:00Z"), scheduler.nextFireTime("CampaignsFunction.Daily").orElseThrow());
    assertEquals(1, tickAt("2025-03-03T09:00:00Z"));
  }

  @Test
  void fire_now_with_an_unknown_name_lists_the_known_ones() {
    scheduler.add(schedule("CampaignsFunction.Daily", "cron(0 9 * * ? *)", null), fires::add);
    scheduler.add(schedule("MatchesFunction.Sweep", "rate(5 minutes)", null), fires::add);

    String message = assertThrows(IllegalArgumentException.class, () -> scheduler.fireNow("CampaignFunction.Daily")).getMessage();

    assertTrue(message.contains("'CampaignFunction.Daily'")
        && message.contains("CampaignsFunction.Daily, MatchesFunction.Sweep"), message);
    assertEquals(List.of("CampaignsFunction.Daily", "MatchesFunction.Sweep"), scheduler.names());
  }

  @Test
  void fire_now_lets_the_caller_see_the_function_fail() {
    scheduler.add(schedule("CampaignsFunction.Daily", "cron(0 9 * * ? *)", null), failingWith("database down"));

    assertEquals("database down",
        assertThrows(IllegalStateException.class, () -> scheduler.fireNow("CampaignsFunction.Daily")).getMessage());
  }

  @Test
  void a_target_that_throws_does_not_stop_other_schedules_or_its_own_later_fires() {
    List<Instant> failedAttempts = new ArrayList<>();
    scheduler.add(schedule("ReportsFunction.Hourly", "rate(1 hour)", null), fire -> {
      failedAttempts.add(fire.scheduledTime());
      throw new IllegalStateException("database down");
    });
    scheduler.add(schedule("CampaignsFunction.Hourly", "rate(1 hour)", null), fires::add);

    assertEquals(2, tickAt("2025-03-03T01:00:00Z"));
    assertEquals(2, tickAt("2025-03-03T02:00:00Z"));

    assertEquals(List.of(Instant.parse("2025-03-03T01:00:00Z"), Instant.parse("2025-03-03T02:00:00Z")), failedAttempts);
    assertEquals(failedAttempts, fireTimes());
  }

  @Test
  void two_schedules_cannot_share_a_name() {
    scheduler.add(schedule("CampaignsFunction.Daily", "cron(0 9 * * ? *)", null), fires::add);

    assertThrows(IllegalArgumentException.class,
        () -> scheduler.add(schedule("CampaignsFunction.Daily", "rate(1 day)", null), fires::add));
  }

  private static Consumer<Fire> failingWith(String message) {
    return fire -> {
      throw new IllegalStateException(message);
    };
  }
}
