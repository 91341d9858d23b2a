package org.laborbridge.matching.api;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import org.laborbridge.matching.domain.MatchJob;

/**
 * The matching function's settings, bound from the environment template.yaml gives it:
 * MATCHING_CANDIDATES_TABLE, MATCHING_MATCHES_TABLE, MATCHING_PUSH_QUEUE_URL, and optionally MATCHING_TOP_K
 * (how many workers a job is matched with at most; 50 when unset).
 */
@ConfigurationProperties("matching")
public record MatchingConfiguration(String candidatesTable, String matchesTable, String pushQueueUrl,
    @Nullable Integer topK) {

  public int topKOrDefault() {
    return topK == null ? MatchJob.DEFAULT_TOP_K : topK;
  }
}
