package org.laborbridge.jobs.api;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * The jobs function's settings, bound from the environment template.yaml gives it:
 * JOBS_TABLE, JOBS_WORKERS_TABLE, JOBS_PARTNERS_TABLE, JOBS_MATCHING_QUEUE_URL and JOBS_COUNTERS_TABLE (the
 * programme's activity counters, added to only).
 */
@ConfigurationProperties("jobs")
public record JobsConfiguration(String table, String workersTable, String partnersTable, String matchingQueueUrl,
    String countersTable) {}
