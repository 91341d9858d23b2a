package org.laborbridge.campaigns.domain;

import org.junit.jupiter.api.Test;
import org.laborbridge.shared.problem.FieldError;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.region.Region;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A campaign's own rules: its days, whom it addresses, and when it sends. */
class CampaignPlanTest {

  static final LocalDate START = LocalDate.of(2027, 1, 25);
  static final LocalDate END = LocalDate.of(2027, 4, 8);
  static final Instant NOW = Instant.parse("2027-01-20T01:00:00Z");

  static CampaignPlan plan(LocalDate start, LocalDate end, List<Reminder> reminders) {
    return new CampaignPlan("Spring Breeze Action 2027", start, end, Set.of(TargetGroup.MIGRANT_WORKERS),
        EnumSet.allOf(Region.class), "Jobs and fairs for you.", reminders);
  }

  static Reminder on(LocalDate day) {
    return new Reminder(day, Optional.empty(), Optional.empty());
  }

  static List<String> fields(Runnable making) {
    return assertThrows(InvalidValue.class, making::run).errors().stream().map(FieldError::field).toList();
  }

  @Test
  void a_campaign_must_end_after_it_starts_and_last_at_most_a_year() {
    assertEquals(List.of("endsOn"), fields(() -> plan(START, START, List.of())));
    assertEquals(List.of("endsOn"), fields(() -> plan(START, START.minusDays(1), List.of())));
    assertEquals(List.of("endsOn"), fields(() -> plan(START, START.plusDays(367), List.of())));
  }

  @Test
  void every_mistake_is_named_at_once() {
    assertEquals(List.of("name", "message", "startsOn", "targetGroups", "regions"),
        fields(() -> new CampaignPlan(" ", null, END, Set.of(), Set.of(), "", List.of())));
  }

  @Test
  void a_reminder_lies_within_the_campaign_unless_it_comes_before_a_linked_fair() {
    assertEquals(List.of("reminders[0].on"), fields(() -> plan(START, END, List.of(on(END.plusDays(1))))));
    assertEquals(List.of("reminders[0].on"), fields(() -> plan(START, END, List.of(on(START.minusDays(1))))));
    Reminder beforeFair = new Reminder(START.minusDays(7), Optional.of("fair-ningbo"), Optional.empty());
    assertEquals(List.of(beforeFair), plan(START, END, List.of(beforeFair)).reminders());
    Reminder tooEarly = new Reminder(START.minusDays(91), Optional.of("fair-ningbo"), Optional.empty());
    assertEquals(List.of("reminders[0].on"), fields(() -> plan(START, END, List.of(tooEarly))));
  }

  @Test
  void reminders_fall_on_distinct_days_other_than_the_first_and_are_numbered_as_given() {
    LocalDate day = START.plusDays(10);
    assertEquals(List.of("reminders[1].on"), fields(() -> plan(START, END, List.of(on(day), on(day)))));
    assertEquals(List.of("reminders[1].on"), fields(() -> plan(START, END, List.of(on(day), on(START)))));
    assertEquals(List.of("reminders[0].fairId"), fields(() -> plan(START, END,
        List.of(new Reminder(day, Optional.of("fair#1"), Optional.empty())))));
  }

  @Test
  void a_campaign_sends_on_its_first_day_and_its_reminder_days_only() {
    Reminder week = new Reminder(LocalDate.of(2027, 2, 3), Optional.of("fair-ningbo"), Optional.of("A week to go."));
    Campaign campaign = new Campaign("spring-breeze-2027", plan(START, END, List.of(week)), CampaignStatus.SCHEDULED, 1,
        NOW, "staff-51", NOW, "staff-51");

    SendDay opening = campaign.sendDay(START).orElseThrow();
    assertEquals(Occasion.OPENING, opening.occasion());
    assertEquals("Jobs and fairs for you.", opening.message());
    SendDay reminder = campaign.sendDay(week.on()).orElseThrow();
    assertEquals(Occasion.REMINDER, reminder.occasion());
    assertEquals("A week to go.", reminder.message());
    assertEquals(Optional.of("fair-ningbo"), reminder.fairId());
    assertTrue(campaign.sendDay(START.minusDays(1)).isEmpty());
    assertTrue(campaign.sendDay(START.plusDays(1)).isEmpty());
    assertTrue(campaign.sendDay(END).isEmpty());
  }

  @Test
  void a_cancelled_campaign_never_sends() {
    Campaign cancelled = new Campaign("spring-breeze-2027", plan(START, END, List.of()), CampaignStatus.CANCELLED, 2,
        NOW, "staff-51", NOW, "staff-51");

    assertTrue(cancelled.sendDay(START).isEmpty());
  }

  @Test
  void a_campaign_id_is_lower_case_letters_digits_and_dashes() {
    assertThrows(InvalidValue.class, () -> new Campaign("Spring Breeze", plan(START, END, List.of()),
        CampaignStatus.SCHEDULED, 1, NOW, "s", NOW, "s"));
    assertEquals(2027, new Campaign("spring-breeze-2027", plan(START, END, List.of()), CampaignStatus.SCHEDULED, 1, NOW,
        "s", NOW, "s").year());
  }
}
