package org.laborbridge.reports.api;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/**
 * The reports functions' settings, bound from the environment template.yaml gives each: REPORTS_COUNTERS_TABLE
 * (counters and the report catalog), REPORTS_QUEUE_URL (those that ask for reports), REPORTS_FILES_BUCKET (those that
 * write or link files), REPORTS_LINK_MINUTES (optional, default 15: how long a download link works) and, for the
 * repair command only, REPORTS_JOBS_TABLE, REPORTS_WORKERS_TABLE, REPORTS_FAIRS_TABLE and REPORTS_TRANSFERS_TABLE.
 */
@ConfigurationProperties("reports")
public record ReportsConfiguration(String countersTable, @Nullable String queueUrl, @Nullable String filesBucket,
    @Nullable Integer linkMinutes, @Nullable String jobsTable, @Nullable String workersTable,
    @Nullable String fairsTable, @Nullable String transfersTable) {

  static final int DEFAULT_LINK_MINUTES = 15;

  Duration linkValidity() {
    int minutes = linkMinutes == null ? DEFAULT_LINK_MINUTES : Math.max(1, Math.min(linkMinutes, 7 * 24 * 60));
    return Duration.ofMinutes(minutes);
  }
}
