package org.laborbridge.fairs.domain;

import org.laborbridge.shared.time.ProgrammeClock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A job fair as the platform keeps it: the staff's plan, how many seats and booths are taken, and whether it still
 * takes place. The taken counts are the fair's own (kept with its holders in one item), never recounted.
 */
public record Fair(String id, FairPlan plan, int seatsTaken, int boothsTaken, FairStatus status, String createdBy,
    Instant createdAt, Instant modifiedAt, Optional<Instant> cancelledAt, Optional<String> cancelReason, long version) {

  public Fair {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(status, "status");
    cancelledAt = cancelledAt == null ? Optional.empty() : cancelledAt;
    cancelReason = cancelReason == null ? Optional.empty() : cancelReason;
  }

  public static Fair planned(String id, FairPlan plan, String createdBy, Instant now) {
    return new Fair(id, plan, 0, 0, FairStatus.SCHEDULED, createdBy, now, now, Optional.empty(), Optional.empty(), 1);
  }

  public Fair replan(FairPlan newPlan, Instant now) {
    return new Fair(id, newPlan, seatsTaken, boothsTaken, status, createdBy, createdAt, now, cancelledAt, cancelReason,
        version + 1);
  }

  public int taken(Place place) {
    return place == Place.SEAT ? seatsTaken : boothsTaken;
  }

  public int left(Place place) {
    return Math.max(0, plan.capacity(place) - taken(place));
  }

  public boolean cancelled() {
    return status == FairStatus.CANCELLED;
  }

  /** Registration is open from {@code registrationOpensAt} up to, not including, {@code registrationClosesAt}. */
  public boolean takesRegistrationsAt(Instant now) {
    return !now.isBefore(plan.registrationOpensAt()) && now.isBefore(plan.registrationClosesAt());
  }

  /** Check-in happens on the fair's days, counted in China Standard Time. */
  public boolean isFairDay(LocalDate day) {
    LocalDate first = LocalDate.ofInstant(plan.startsAt(), ProgrammeClock.ZONE);
    LocalDate last = LocalDate.ofInstant(plan.endsAt(), ProgrammeClock.ZONE);
    return !day.isBefore(first) && !day.isAfter(last);
  }
}
