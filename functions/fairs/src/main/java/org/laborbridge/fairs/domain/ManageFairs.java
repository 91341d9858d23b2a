package org.laborbridge.fairs.domain;

import org.laborbridge.shared.access.Actor;
import org.laborbridge.shared.problem.Conflict;
import org.laborbridge.shared.problem.Forbidden;
import org.laborbridge.shared.problem.NotFound;
import org.laborbridge.shared.problem.Rejected;
import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;
import org.laborbridge.shared.region.Region;
import org.laborbridge.shared.time.ProgrammeClock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Staff plan fairs for their region, change them and cancel them; everyone signed in may look. Cancelling tells
 * every active registrant, and cancelling again tells them again (same messages, which their receivers drop): a
 * cancellation cut short is finished by repeating it.
 */
public final class ManageFairs {

  /** How a create came out: a new fair, or the one this Idempotency-Key made before. */
  public record Planned(Fair fair, boolean created) {}

  /** Registrants told per batch of messages: memory stays flat however many registered. */
  static final int NOTICES_AT_ONCE = 100;

  private final FairStore fairs;
  private final RegistrationStore registrations;
  private final FairEvents events;
  private final ProgrammeClock clock;

  public ManageFairs(FairStore fairs, RegistrationStore registrations, FairEvents events, ProgrammeClock clock) {
    this.fairs = fairs;
    this.registrations = registrations;
    this.events = events;
    this.clock = clock;
  }

  /** @param idempotencyKey the caller's key for this create, if any: a retry with it gets the first fair back */
  public Planned plan(Actor staff, FairPlan plan, Optional<String> idempotencyKey) {
    requireStaffOf(staff, plan.region());
    String id = idempotencyKey.map(key -> Ids.fairIdFor(staff.subject(), key)).orElseGet(Ids::newFairId);
    Fair fair = Fair.planned(id, plan, staff.subject(), clock.now());
    if (fairs.insert(fair)) {
      return new Planned(fair, true);
    }
    Fair earlier = fairs.find(id).orElseThrow(() -> new Conflict("fair " + id + " is being created; retry"));
    if (!earlier.plan().equals(plan) && earlier.version() == 1) {
      throw new Rejected("this Idempotency-Key was used for a different fair", Map.of("fairId", id));
    }
    return new Planned(earlier, false);
  }

  public Fair find(String id) {
    return fairs.find(id).orElseThrow(() -> new NotFound("fair", id));
  }

  public Page<Fair> list(Region region, Instant from, Instant to, PageRequest page) {
    return fairs.list(region, from, to, page);
  }

  /** Staff of the fair's region change what it says; capacities never drop below the places already taken. */
  public Fair replan(Actor staff, String id, FairPlan plan) {
    Fair fair = find(id);
    requireStaffOf(staff, fair.plan().region());
    if (plan.region() != fair.plan().region()) {
      throw new Rejected("a fair stays in its region; cancel it and plan a new one", Map.of("fairId", id));
    }
    if (fair.cancelled()) {
      throw new Conflict("fair " + id + " is cancelled");
    }
    for (Place place : Place.values()) {
      if (plan.capacity(place) < fair.taken(place)) {
        throw new Conflict("fair " + id + " already has " + fair.taken(place) + " " + place.name().toLowerCase()
            + "s taken; capacity cannot go below that", Map.of("field", place == Place.SEAT ? "seats" : "booths"));
      }
    }
    Fair changed = fair.replan(plan, clock.now());
    if (!fairs.replan(changed, fair.version())) {
      throw new Conflict("fair " + id + " changed meanwhile (a registration or another edit); read it and try again");
    }
    return changed;
  }

  public Fair cancel(Actor staff, String id, String reason) {
    Fair fair = find(id);
    requireStaffOf(staff, fair.plan().region());
    Instant now = clock.now();
    fairs.cancel(id, now, reason);
    Fair cancelled = find(id);
    List<Registration> toTell = new ArrayList<>();
    registrations.forEach(id, registration -> {
      if (registration.status().active()) {
        toTell.add(registration);
      }
      if (toTell.size() == NOTICES_AT_ONCE) {
        events.cancelled(cancelled, List.copyOf(toTell));
        toTell.clear();
      }
    });
    if (!toTell.isEmpty()) {
      events.cancelled(cancelled, toTell);
    }
    return cancelled;
  }

  static void requireStaffOf(Actor actor, Region region) {
    if (!actor.isStaffOf(region)) {
      throw new Forbidden("only staff of region " + region.code() + " may plan or change its fairs");
    }
  }
}
