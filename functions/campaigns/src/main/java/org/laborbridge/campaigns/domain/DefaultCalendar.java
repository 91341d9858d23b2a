package org.laborbridge.campaigns.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The campaigns every year's calendar is seeded with (configuration: the dates move every year). Seeding writes
 * each one only where the year has no campaign of that id yet, so staff edits always win.
 */
public record DefaultCalendar(List<DefaultCampaign> campaigns) {

  public DefaultCalendar {
    campaigns = List.copyOf(campaigns);
    Set<String> keys = new HashSet<>();
    for (DefaultCampaign campaign : campaigns) {
      if (!keys.add(campaign.key())) {
        throw new IllegalArgumentException("the default calendar names " + campaign.key() + " twice");
      }
    }
  }

  public static DefaultCalendar empty() {
    return new DefaultCalendar(List.of());
  }

  public List<Campaign> forYear(int year, Instant now) {
    return campaigns.stream().map(c -> c.forYear(year, now)).toList();
  }
}
