package org.laborbridge.campaigns.domain;

import org.laborbridge.shared.region.Region;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a campaign's send day did, region by region: how far its fan-out to workers got (pages read, messages
 * queued) and whether the region's employers were notified. Empty regions: nothing was sent there (yet).
 */
public record CampaignDay(String campaignId, LocalDate day, List<RegionSend> regions) {

  public CampaignDay {
    regions = List.copyOf(regions);
  }

  /** @param run the fan-out to the region's workers, if one was started */
  public record RegionSend(Region region, Optional<RunState> run, boolean employersNotified) {}
}
