package org.laborbridge.fairs.api;

import io.micronaut.core.annotation.Introspected;
import org.laborbridge.fairs.domain.FairKind;
import org.laborbridge.fairs.domain.FairPlan;
import org.laborbridge.platform.http.Dates;
import org.laborbridge.platform.http.FieldCheck;
import org.laborbridge.shared.region.Region;

import java.time.Instant;
import java.util.Optional;

/**
 * A fair as staff plan it. Times are ISO 8601 with an offset (e.g. {@code 2027-02-20T09:00:00+08:00}); the
 * programme runs on China Standard Time. {@code seats} are for job seekers, {@code booths} for employers.
 */
@Introspected
public record FairBody(String name, String campaignId, String kind, String regionCode, String venue, String startsAt,
    String endsAt, Integer seats, Integer booths, String registrationOpensAt, String registrationClosesAt) {

  FairPlan toPlan() {
    FieldCheck check = new FieldCheck();
    FairKind fairKind = check.oneOf("kind", kind, FairKind.class);
    Region region = check.required("regionCode", regionCode, Region::ofCode);
    Instant start = check.required("startsAt", startsAt, t -> Dates.instant("startsAt", t));
    Instant end = check.required("endsAt", endsAt, t -> Dates.instant("endsAt", t));
    Instant opens = check.required("registrationOpensAt", registrationOpensAt, t -> Dates.instant("registrationOpensAt", t));
    Instant closes = check.required("registrationClosesAt", registrationClosesAt,
        t -> Dates.instant("registrationClosesAt", t));
    if (seats == null) {
      check.fail("seats", "is required (0 for a fair without seats)");
    }
    if (booths == null) {
      check.fail("booths", "is required (0 for a fair without booths)");
    }
    // Unreadable fields first: the plan's own rules need every value.
    check.throwIfAny();
    FairPlan plan = check.value("", () -> new FairPlan(name, Optional.ofNullable(campaignId), fairKind, region, venue,
        start, end, seats, booths, opens, closes));
    check.throwIfAny();
    return plan;
  }
}
