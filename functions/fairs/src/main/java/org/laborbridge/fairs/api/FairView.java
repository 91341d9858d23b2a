package org.laborbridge.fairs.api;

import org.laborbridge.fairs.domain.Fair;
import org.laborbridge.fairs.domain.Place;

import java.time.Instant;

/** A fair as the API shows it: times in China Standard Time, seats and booths with what is left. */
public record FairView(String id, String name, String campaignId, String kind, String regionCode, String venue,
    String startsAt, String endsAt, Places seats, Places booths, Registration registration, String status,
    String cancelledAt, String cancelReason, long version) {

  public record Places(int capacity, int taken, int left) {}

  /** When people may register, and whether they may now. */
  public record Registration(String opensAt, String closesAt, boolean open) {}

  static FairView of(Fair fair, Instant now) {
    return new FairView(fair.id(), fair.plan().name(), fair.plan().campaignId().orElse(null), fair.plan().kind().name(),
        fair.plan().region().code(), fair.plan().venue(), Times.shanghai(fair.plan().startsAt()),
        Times.shanghai(fair.plan().endsAt()), places(fair, Place.SEAT), places(fair, Place.BOOTH),
        new Registration(Times.shanghai(fair.plan().registrationOpensAt()),
            Times.shanghai(fair.plan().registrationClosesAt()), !fair.cancelled() && fair.takesRegistrationsAt(now)),
        fair.status().name(), fair.cancelledAt().map(Times::shanghai).orElse(null), fair.cancelReason().orElse(null),
        fair.version());
  }

  private static Places places(Fair fair, Place place) {
    return new Places(fair.plan().capacity(place), fair.taken(place), fair.left(place));
  }
}
