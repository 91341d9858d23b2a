package org.laborbridge.fairs.api;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * The fairs function's settings, bound from the environment template.yaml gives it: FAIRS_TABLE, FAIRS_WORKERS_TABLE
 * and FAIRS_JOBS_TABLE (read only), FAIRS_MATCHING_QUEUE_URL, FAIRS_PUSH_QUEUE_URL and FAIRS_COUNTERS_TABLE (the
 * programme's activity counters, added to only).
 */
@ConfigurationProperties("fairs")
public record FairsConfiguration(String table, String workersTable, String jobsTable, String matchingQueueUrl,
    String pushQueueUrl, String countersTable) {}
