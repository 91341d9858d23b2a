package org.laborbridge.jobs.domain;

import org.laborbridge.shared.identity.MobileNumber;
import org.laborbridge.shared.identity.ResidentIdentityNumber;
import org.laborbridge.shared.region.CountyCode;

import java.util.Objects;

/** What a job seeker gives to register: who they are, where home is, and what they look for. */
public record WorkerRegistration(
    String name,
    ResidentIdentityNumber identityNumber,
    MobileNumber phone,
    CountyCode homeCounty,
    WorkerPreferences preferences) {

  public WorkerRegistration {
    name = Text.required("name", name, 100);
    Objects.requireNonNull(identityNumber, "identityNumber");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(homeCounty, "homeCounty");
    Objects.requireNonNull(preferences, "preferences");
  }

  @Override
  public String toString() {
    return "WorkerRegistration[homeCounty=" + homeCounty + "]";
  }
}
