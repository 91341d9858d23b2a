package org.laborbridge.campaigns.domain;

import org.laborbridge.shared.region.Region;

import java.util.List;

/**
 * A campaign's message to the employers of one region: told through the region's gateways as one notice, because
 * employers are accounts, not workers in the audience index.
 */
public record EmployerNotice(String id, SendDay sendDay, Region region, List<FairCard> fairs) {

  public EmployerNotice {
    fairs = List.copyOf(fairs);
  }

  public static String idFor(SendDay day, Region region) {
    return Ids.derivedFrom("campaign.notice", day.campaign().id(), day.day().toString(), region.code());
  }
}
