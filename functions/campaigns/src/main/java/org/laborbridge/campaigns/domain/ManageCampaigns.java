package org.laborbridge.campaigns.domain;

import org.laborbridge.shared.access.Actor;
import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;
import org.laborbridge.shared.problem.Conflict;
import org.laborbridge.shared.problem.FieldError;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.problem.NotFound;
import org.laborbridge.shared.time.ProgrammeClock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Staff keep the calendar: list a year (seeded with the default campaigns when it is this year or next), read one,
 * add one under an id of their choosing (ids are unique), and change one from the version they read. Reminders that
 * name a fair must name a real one and come before its first day. Retrying a request that succeeded answers with
 * what it wrote.
 */
public final class ManageCampaigns {

  /** @param created false when the same request had been made before */
  public record Saved(Campaign campaign, boolean created) {}

  private final CampaignStore store;
  private final CalendarDefaults defaults;
  private final FairDirectory fairs;
  private final RunStore runs;
  private final ProgrammeClock clock;

  public ManageCampaigns(CampaignStore store, CalendarDefaults defaults, FairDirectory fairs, RunStore runs,
      ProgrammeClock clock) {
    this.store = store;
    this.defaults = defaults;
    this.fairs = fairs;
    this.runs = runs;
    this.clock = clock;
  }

  public Page<Campaign> list(int year, PageRequest page) {
    int thisYear = clock.today().getYear();
    if (year == thisYear || year == thisYear + 1) {
      // Staff prepare next year's calendar from the defaults before it starts.
      defaults.ensureSeeded(year, clock.now());
    }
    return store.listYear(year, page);
  }

  public Campaign find(String id) {
    if (!Ids.isCampaignId(id)) {
      throw new NotFound("campaign", id);
    }
    int thisYear = clock.today().getYear();
    defaults.ensureSeeded(thisYear, clock.now());
    defaults.ensureSeeded(thisYear + 1, clock.now());
    return store.find(id).orElseThrow(() -> new NotFound("campaign", id));
  }

  /** What the campaign's send on {@code day} did in each region (nothing for a day it did not send). */
  public CampaignDay day(String id, LocalDate day) {
    Campaign campaign = find(id);
    return runs.day(campaign.id(), day);
  }

  public Saved create(Actor actor, String id, CampaignPlan plan) {
    checkLinkedFairs(plan);
    Instant now = clock.now();
    Campaign campaign = new Campaign(id, plan, CampaignStatus.SCHEDULED, 1, now, actor.subject(), now, actor.subject());
    if (store.insert(campaign)) {
      return new Saved(campaign, true);
    }
    Campaign existing = store.find(id).orElseThrow(() -> new IllegalStateException("a taken campaign id reads nothing"));
    if (existing.version() == 1 && existing.says(plan, CampaignStatus.SCHEDULED)) {
      return new Saved(existing, false);
    }
    throw new Conflict("a campaign with id " + id + " exists already", Map.of("id", id));
  }

  public Saved change(Actor actor, String id, CampaignPlan plan, CampaignStatus status, long expectedVersion) {
    Campaign existing = find(id);
    checkLinkedFairs(plan);
    if (existing.version() == expectedVersion) {
      Campaign changed = existing.changed(plan, status, clock.now(), actor.subject());
      if (store.replace(changed, expectedVersion)) {
        return new Saved(changed, true);
      }
      existing = store.find(id).orElseThrow(() -> new NotFound("campaign", id));
    }
    if (existing.version() == expectedVersion + 1 && existing.says(plan, status)) {
      // This very change went through before: its retry gets the answer again.
      return new Saved(existing, false);
    }
    throw new Conflict("the campaign changed since version " + expectedVersion + " (it is at version "
        + existing.version() + "); read it again and repeat the change", Map.of("version", Long.toString(existing.version())));
  }

  /** A reminder that names a fair comes before that fair's first day (China Standard Time). */
  private void checkLinkedFairs(CampaignPlan plan) {
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < plan.reminders().size(); i++) {
      Reminder reminder = plan.reminders().get(i);
      if (reminder.fairId().isEmpty()) {
        continue;
      }
      Optional<FairCard> fair = fairs.find(reminder.fairId().get());
      if (fair.isEmpty()) {
        errors.add(new FieldError("reminders[" + i + "].fairId", "is not a fair"));
        continue;
      }
      LocalDate fairDay = LocalDate.ofInstant(fair.get().startsAt(), ProgrammeClock.ZONE);
      if (!reminder.on().isBefore(fairDay)) {
        errors.add(new FieldError("reminders[" + i + "].on", "must be before the fair's first day, " + fairDay));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidValue(errors);
    }
  }
}
