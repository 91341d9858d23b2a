package org.laborbridge.campaigns.api;

import org.laborbridge.campaigns.domain.CampaignDay;

import java.util.List;

/**
 * A campaign's send day, region by region: the fan-out to workers (RUNNING, DONE or STOPPED; pages read; campaign
 * messages queued for push) and whether the region's employers were notified. Counts only, no worker ids.
 */
public record CampaignDayView(String campaignId, String day, List<RegionView> regions) {

  public record RegionView(String region, FanOutView workers, boolean employersNotified) {}

  public record FanOutView(String status, long pages, long messagesQueued) {}

  static CampaignDayView of(CampaignDay day) {
    return new CampaignDayView(day.campaignId(), day.day().toString(), day.regions().stream()
        .map(r -> new RegionView(r.region().code(), r.run().map(run -> new FanOutView(run.status().name(), run.pages(),
            run.recipients())).orElse(null), r.employersNotified()))
        .toList());
  }
}
