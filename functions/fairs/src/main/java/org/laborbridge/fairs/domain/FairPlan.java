package org.laborbridge.fairs.domain;

import org.laborbridge.shared.problem.FreeText;
import org.laborbridge.shared.problem.FieldError;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.region.Region;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What staff decide about a fair: its name, the campaign it belongs to, kind, region and venue, when it runs, how
 * many seats for job seekers and booths for employers it has, and when people may register.
 */
public record FairPlan(String name, Optional<String> campaignId, FairKind kind, Region region, String venue,
    Instant startsAt, Instant endsAt, int seats, int booths, Instant registrationOpensAt, Instant registrationClosesAt) {

  /** The holders of a fair's places live on its one item (the atomic capacity check); this keeps it far below 400 KB. */
  public static final int MAX_SEATS = 5_000;
  public static final int MAX_BOOTHS = 1_000;
  static final int MAX_NAME = 200;
  static final int MAX_VENUE = 500;
  static final Duration LONGEST_FAIR = Duration.ofDays(31);

  public FairPlan {
    List<FieldError> errors = new ArrayList<>();
    name = FreeText.required(errors, "name", name, MAX_NAME);
    venue = FreeText.required(errors, "venue", venue, MAX_VENUE);
    campaignId = campaignId == null ? Optional.empty() : campaignId.map(String::trim).filter(c -> !c.isEmpty());
    campaignId.filter(c -> !c.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")).ifPresent(c ->
        errors.add(new FieldError("campaignId", "must be 1 to 64 letters, digits, dots, dashes or underscores")));
    if (kind == null) {
      errors.add(new FieldError("kind", "is required"));
    }
    if (region == null) {
      errors.add(new FieldError("regionCode", "is required"));
    }
    if (seats < 0 || seats > MAX_SEATS) {
      errors.add(new FieldError("seats", "must be between 0 and " + MAX_SEATS));
    }
    if (booths < 0 || booths > MAX_BOOTHS) {
      errors.add(new FieldError("booths", "must be between 0 and " + MAX_BOOTHS));
    }
    if (seats == 0 && booths == 0) {
      errors.add(new FieldError("seats", "a fair needs seats, booths or both"));
    }
    if (startsAt != null && endsAt != null) {
      if (!endsAt.isAfter(startsAt)) {
        errors.add(new FieldError("endsAt", "must be after startsAt"));
      } else if (Duration.between(startsAt, endsAt).compareTo(LONGEST_FAIR) > 0) {
        errors.add(new FieldError("endsAt", "a fair lasts at most 31 days"));
      }
    }
    if (registrationOpensAt != null && registrationClosesAt != null
        && !registrationClosesAt.isAfter(registrationOpensAt)) {
      errors.add(new FieldError("registrationClosesAt", "must be after registrationOpensAt"));
    }
    if (registrationClosesAt != null && endsAt != null && registrationClosesAt.isAfter(endsAt)) {
      errors.add(new FieldError("registrationClosesAt", "must not be after the fair ends"));
    }
    requireTime(errors, "startsAt", startsAt);
    requireTime(errors, "endsAt", endsAt);
    requireTime(errors, "registrationOpensAt", registrationOpensAt);
    requireTime(errors, "registrationClosesAt", registrationClosesAt);
    if (!errors.isEmpty()) {
      throw new InvalidValue(errors);
    }
  }

  public int capacity(Place place) {
    return place == Place.SEAT ? seats : booths;
  }

  private static void requireTime(List<FieldError> errors, String field, Instant value) {
    if (value == null && errors.stream().noneMatch(e -> e.field().equals(field))) {
      errors.add(new FieldError(field, "is required"));
    }
  }
}
