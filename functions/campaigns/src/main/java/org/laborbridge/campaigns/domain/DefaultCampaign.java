package org.laborbridge.campaigns.domain;

import org.laborbridge.shared.region.Region;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One of the campaigns every year's calendar starts with, as configuration gives it: the usual window as month and
 * day (a window whose end comes before its start runs into the next year, like Employment Assistance Month from
 * mid-December), whom it addresses, and optionally its message.
 *
 * @param key the campaign's id without the year, e.g. {@code spring-breeze}: the year's campaign is
 *            {@code spring-breeze-2027}
 */
public record DefaultCampaign(String key, String name, MonthDay from, MonthDay to, Set<TargetGroup> targetGroups,
    Optional<String> message) {

  /** Who seeded a campaign: no person, the configured calendar. */
  public static final String SEEDED_BY = "calendar-defaults";

  public DefaultCampaign {
    if (key == null || !Ids.isCampaignId(key + "-2000")) {
      throw new IllegalArgumentException("a default campaign's key must be lower-case letters, digits or dashes");
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    targetGroups = Set.copyOf(targetGroups);
    message = message == null ? Optional.empty() : message.filter(m -> !m.isBlank());
  }

  public String idFor(int year) {
    return key + "-" + year;
  }

  /** This campaign on the calendar of {@code year}, in every programme region. */
  public Campaign forYear(int year, Instant now) {
    LocalDate startsOn = from.atYear(year);
    LocalDate endsOn = to.atYear(to.isBefore(from) ? year + 1 : year);
    String text = message.orElse(name + " " + year + " runs from " + startsOn + " to " + endsOn
        + ": job fairs and open jobs near you are listed with this message.");
    CampaignPlan plan = new CampaignPlan(name + " " + year, startsOn, endsOn, targetGroups,
        EnumSet.allOf(Region.class), text, List.of());
    return new Campaign(idFor(year), plan, CampaignStatus.SCHEDULED, 1, now, SEEDED_BY, now, SEEDED_BY);
  }
}
