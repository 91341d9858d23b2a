package org.laborbridge.transfers.domain;

import org.laborbridge.shared.region.Region;

import java.util.Objects;
import java.util.Optional;

/**
 * Who did something to a transfer, as the audit trail keeps it: an account id (a JWT subject), a partner id or the
 * platform, never a name. Staff and partners speak for a region.
 */
public record By(Kind kind, String id, Optional<Region> region) {

  public enum Kind { WORKER, STAFF, PARTNER, PLATFORM }

  public static final By PLATFORM = new By(Kind.PLATFORM, "laborbridge.transfers", Optional.empty());

  public By {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(region, "region");
  }

  public static By worker(String subject) {
    return new By(Kind.WORKER, subject, Optional.empty());
  }

  public static By staff(String subject, Region region) {
    return new By(Kind.STAFF, subject, Optional.of(region));
  }

  /** A region's human resources and social security department, through its own systems. */
  public static By partner(String partnerId, Region region) {
    return new By(Kind.PARTNER, partnerId, Optional.of(region));
  }

  /** Same account or system: a retry of its own request, not someone else's. */
  public boolean sameAs(By other) {
    return kind == other.kind && id.equals(other.id);
  }

  boolean speaksFor(Region side) {
    return (kind == Kind.STAFF || kind == Kind.PARTNER) && region.map(side::equals).orElse(false);
  }
}
