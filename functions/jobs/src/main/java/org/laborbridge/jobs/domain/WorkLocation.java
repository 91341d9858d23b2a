package org.laborbridge.jobs.domain;

import org.laborbridge.shared.region.CountyCode;
import org.laborbridge.shared.region.Region;

import java.util.Objects;

/** Where the work is: a county-level code inside one of the nine regions, plus city and address. */
public record WorkLocation(CountyCode regionCode, String city, String address) {
  public WorkLocation {
    Objects.requireNonNull(regionCode, "regionCode");
    city = Text.optional("location.city", city, 100);
    address = Text.optional("location.address", address, 300);
  }

  public Region region() {
    return regionCode.region();
  }
}
