package org.laborbridge.campaigns.api;

import org.laborbridge.campaigns.domain.Campaign;
import org.laborbridge.campaigns.domain.TargetGroup;
import org.laborbridge.shared.region.Region;

import java.util.Comparator;
import java.util.List;

/** A campaign as the API shows it: dates in China Standard Time, groups and regions in a stable order. */
public record CampaignView(String id, int year, String name, String startsOn, String endsOn, List<String> targetGroups,
    List<String> regions, String message, List<ReminderView> reminders, String status, long version, String createdAt,
    String modifiedAt) {

  public record ReminderView(String on, String fairId, String message) {}

  static CampaignView of(Campaign campaign) {
    return new CampaignView(campaign.id(), campaign.year(), campaign.plan().name(), campaign.plan().startsOn().toString(),
        campaign.plan().endsOn().toString(),
        campaign.plan().targetGroups().stream().sorted().map(TargetGroup::name).toList(),
        campaign.plan().regions().stream().sorted(Comparator.comparing(Region::code)).map(Region::code).toList(),
        campaign.plan().message(),
        campaign.plan().reminders().stream().map(r -> new ReminderView(r.on().toString(), r.fairId().orElse(null),
            r.message().orElse(null))).toList(),
        campaign.status().name(), campaign.version(), campaign.createdAt().toString(), campaign.modifiedAt().toString());
  }
}
