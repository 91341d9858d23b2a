package org.laborbridge.campaigns.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A year's calendar from the configured windows; a window ending before it starts runs into the next year. */
class DefaultCalendarTest {

  static final Instant NOW = Instant.parse("2027-01-02T01:00:00Z");

  @Test
  void employment_assistance_month_starting_mid_december_ends_in_the_next_year() {
    DefaultCampaign assistance = new DefaultCampaign("employment-assistance-month", "Employment Assistance Month",
        MonthDay.of(12, 15), MonthDay.of(2, 5), Set.of(TargetGroup.DIFFICULTY_FINDING_JOBS), Optional.empty());

    Campaign campaign = assistance.forYear(2027, NOW);

    assertEquals("employment-assistance-month-2027", campaign.id());
    assertEquals(LocalDate.of(2027, 12, 15), campaign.plan().startsOn());
    assertEquals(LocalDate.of(2028, 2, 5), campaign.plan().endsOn());
    assertEquals(2027, campaign.year());
    assertEquals(9, campaign.plan().regions().size());
    assertEquals(DefaultCampaign.SEEDED_BY, campaign.createdBy());
  }

  @Test
  void a_configured_message_is_used_as_it_is() {
    DefaultCampaign autumn = new DefaultCampaign("golden-autumn", "Golden Autumn Recruitment Month", MonthDay.of(10, 1),
        MonthDay.of(10, 31), Set.of(TargetGroup.ALL_JOB_SEEKERS), Optional.of("Autumn jobs are here."));

    assertEquals(List.of("Autumn jobs are here."),
        new DefaultCalendar(List.of(autumn)).forYear(2027, NOW).stream().map(c -> c.plan().message()).toList());
  }

  @Test
  void a_calendar_names_each_campaign_once() {
    DefaultCampaign one = new DefaultCampaign("spring-breeze", "Spring Breeze", MonthDay.of(1, 25), MonthDay.of(4, 8),
        Set.of(TargetGroup.MIGRANT_WORKERS), Optional.empty());

    assertThrows(IllegalArgumentException.class, () -> new DefaultCalendar(List.of(one, one)));
  }
}
