package org.laborbridge.campaigns.domain;

import org.laborbridge.shared.region.Region;

import java.time.LocalDate;
import java.util.Objects;

/** One fan-out: a campaign's send day in one region. */
public record RunKey(String campaignId, LocalDate day, Region region) {
  public RunKey {
    Objects.requireNonNull(campaignId, "campaignId");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(region, "region");
  }
}
