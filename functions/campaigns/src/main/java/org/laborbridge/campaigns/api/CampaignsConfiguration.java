package org.laborbridge.campaigns.api;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import org.laborbridge.campaigns.domain.SendAudiencePage;

/**
 * The campaigns functions' settings, bound from the environment template.yaml gives them: CAMPAIGNS_TABLE,
 * CAMPAIGNS_FAIRS_TABLE (read only), CAMPAIGNS_DEFAULT_CALENDAR (the yearly setting the calendar is seeded from), and
 * for the schedule and queue functions CAMPAIGNS_QUEUE_URL, CAMPAIGNS_PUSH_QUEUE_URL, CAMPAIGNS_WORKERS_TABLE and
 * CAMPAIGNS_JOBS_TABLE (read only) and optionally CAMPAIGNS_PAGE_SIZE (workers read per page, default 100).
 */
@ConfigurationProperties("campaigns")
public record CampaignsConfiguration(String table, @Nullable String fairsTable, @Nullable String defaultCalendar,
    @Nullable String queueUrl, @Nullable String pushQueueUrl, @Nullable String workersTable, @Nullable String jobsTable,
    @Nullable Integer pageSize) {

  public int pageSizeOrDefault() {
    return pageSize == null ? SendAudiencePage.DEFAULT_PAGE_SIZE : pageSize;
  }
}
