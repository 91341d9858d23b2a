package org.laborbridge.campaigns.domain;

import org.laborbridge.shared.region.Region;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One day on which a campaign sends: the opening or a reminder, with the text of that day and the fair a reminder is
 * about.
 */
public record SendDay(Campaign campaign, LocalDate day, Occasion occasion, String message, Optional<String> fairId) {

  public boolean covers(Region region) {
    return campaign.plan().regions().contains(region);
  }

  public boolean reachesWorkers() {
    return campaign.plan().reachesWorkers();
  }

  public boolean reachesEmployers() {
    return campaign.plan().reachesEmployers();
  }
}
