package org.laborbridge.jobs.domain;

import org.laborbridge.shared.identity.MobileNumber;
import org.laborbridge.shared.identity.ResidentIdentityNumber;
import org.laborbridge.shared.region.CountyCode;
import org.laborbridge.shared.region.Region;

import java.time.Instant;
import java.util.Objects;

/**
 * A job seeker on the platform. The identity number and phone are personal data: stored, but only ever
 * shown masked unless the caller may see them, never logged, never in reports or messages.
 */
public record Worker(
    String id,
    String name,
    ResidentIdentityNumber identityNumber,
    MobileNumber phone,
    CountyCode homeCounty,
    WorkerPreferences preferences,
    RegisteredBy registeredBy,
    Instant createdAt,
    Instant modifiedAt,
    long version) {

  public Worker {
    Objects.requireNonNull(id, "id");
    name = Text.required("name", name, 100);
    Objects.requireNonNull(identityNumber, "identityNumber");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(homeCounty, "homeCounty");
    Objects.requireNonNull(preferences, "preferences");
    Objects.requireNonNull(registeredBy, "registeredBy");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(modifiedAt, "modifiedAt");
  }

  public Region homeRegion() {
    return homeCounty.region();
  }

  Worker withPreferences(WorkerPreferences changed, Instant now) {
    return new Worker(id, name, identityNumber, phone, homeCounty, changed, registeredBy, createdAt, now, version + 1);
  }

  /** Only a worker's own account owns the record; records registered by staff or partners have no owner account. */
  public boolean ownedBy(String subject) {
    return registeredBy.kind() == RegisteredBy.Kind.SELF && registeredBy.id().equals(subject);
  }

  @Override
  public String toString() {
    return "Worker[id=" + id + ", homeCounty=" + homeCounty + "]";
  }
}
