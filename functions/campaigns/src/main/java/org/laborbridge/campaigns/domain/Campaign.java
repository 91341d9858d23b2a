package org.laborbridge.campaigns.domain;

import org.laborbridge.shared.problem.InvalidValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A campaign on the programme's calendar (Employment Assistance Month, Spring Breeze Action, ...). It is filed under
 * the year its first day falls in, and sends on its first day and on each reminder day until it is cancelled.
 */
public record Campaign(String id, CampaignPlan plan, CampaignStatus status, long version, Instant createdAt,
    String createdBy, Instant modifiedAt, String modifiedBy) {

  public Campaign {
    if (!Ids.isCampaignId(id)) {
      throw new InvalidValue("id", "must be 3 to 64 lower-case letters, digits or dashes, e.g. spring-breeze-2027");
    }
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(modifiedAt, "modifiedAt");
  }

  public int year() {
    return plan.startsOn().getYear();
  }

  /** What the campaign sends on {@code day}, if it sends at all. */
  public Optional<SendDay> sendDay(LocalDate day) {
    if (status != CampaignStatus.SCHEDULED) {
      return Optional.empty();
    }
    if (day.equals(plan.startsOn())) {
      return Optional.of(new SendDay(this, day, Occasion.OPENING, plan.message(), Optional.empty()));
    }
    return plan.reminders().stream().filter(r -> r.on().equals(day)).findFirst()
        .map(r -> new SendDay(this, day, Occasion.REMINDER, r.message().orElse(plan.message()), r.fairId()));
  }

  Campaign changed(CampaignPlan newPlan, CampaignStatus newStatus, Instant at, String by) {
    return new Campaign(id, newPlan, newStatus, version + 1, createdAt, createdBy, at, by);
  }

  /** Whether a change asks for exactly what the campaign already is. */
  boolean says(CampaignPlan otherPlan, CampaignStatus otherStatus) {
    return plan.equals(otherPlan) && status == otherStatus;
  }
}
