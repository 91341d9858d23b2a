package org.laborbridge.matching.store;

import org.laborbridge.matching.domain.Match;
import org.laborbridge.platform.dynamo.Attributes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.laborbridge.platform.dynamo.Attributes.bool;
import static org.laborbridge.platform.dynamo.Attributes.n;
import static org.laborbridge.platform.dynamo.Attributes.s;
import static org.laborbridge.platform.dynamo.Attributes.string;

/**
 * The matches table (template.yaml MatchesTable): one item per worker and job. The one place that knows its
 * attribute names, key prefixes, index name and item layout.
 *
 * <pre>
 * match  pk WORKER#workerId  sk JOB#jobId                    a worker's matches: one Query
 *        gsi1pk JOB#jobId    gsi1sk 9989999#workerId         byJob: a job's matches, best first, one Query
 *        score, reasons, matchedAt, jobVersion, pushRequested
 * job    pk JOB#jobId        sk JOB                          version: the newest job version handled;
 *                                                            matchCount: places taken among the job's K
 * </pre>
 *
 * The match item is written with {@code attribute_not_exists(pk)}: it is the guard that a job never goes to the same
 * worker twice. The job item's {@code matchCount} is the guard that a job never has more than K matches: a place is
 * taken ({@code ADD matchCount 1} if {@code matchCount < K} and the version is the one being matched) before a
 * match is written, and given back if the match existed already. {@code gsi1sk} is the score in hundredths subtracted from 9,999,999 and zero-padded, so that
 * ascending order is best first, then worker id.
 */
public final class MatchesTable {

  public static final String PK = "pk";
  public static final String SK = "sk";
  public static final String GSI1PK = "gsi1pk";
  public static final String GSI1SK = "gsi1sk";
  public static final String BY_JOB = "byJob";
  /** The TTL attribute the template declares. Matches do not set it: a match is the never-twice guard. */
  public static final String EXPIRES_AT = "expiresAt";

  public static final String WORKER_PREFIX = "WORKER#";
  public static final String JOB_PREFIX = "JOB#";
  public static final String JOB_SK = "JOB";

  static final String WORKER_ID = "workerId";
  static final String JOB_ID = "jobId";
  static final String JOB_VERSION = "jobVersion";
  static final String SCORE = "score";
  static final String REASONS = "reasons";
  static final String MATCHED_AT = "matchedAt";
  static final String PUSH_REQUESTED = "pushRequested";
  static final String VERSION = "version";
  static final String MATCH_COUNT = "matchCount";

  private static final long DESCENDING_FROM = 9_999_999L;

  private MatchesTable() {}

  static Map<String, AttributeValue> matchKey(String workerId, String jobId) {
    return Map.of(PK, s(WORKER_PREFIX + workerId), SK, s(JOB_PREFIX + jobId));
  }

  static Map<String, AttributeValue> jobKey(String jobId) {
    return Map.of(PK, s(JOB_PREFIX + jobId), SK, s(JOB_SK));
  }

  /** A worker's matches: the partition holds nothing else. */
  static String workerPartition(String workerId) {
    return WORKER_PREFIX + workerId;
  }

  public static String jobPartition(String jobId) {
    return JOB_PREFIX + jobId;
  }

  /** Best first when sorted ascending: 100.00 points → {@code 9989999}, then the worker id for ties. */
  public static String byJobSortKey(BigDecimal score, String workerId) {
    long hundredths = score.movePointRight(2).longValueExact();
    if (hundredths < 0 || hundredths > DESCENDING_FROM) {
      throw new IllegalArgumentException("score out of range for the byJob sort key");
    }
    return String.format("%07d", DESCENDING_FROM - hundredths) + "#" + workerId;
  }

  static Map<String, AttributeValue> toItem(Match match) {
    Map<String, AttributeValue> item = new HashMap<>(matchKey(match.workerId(), match.jobId()));
    item.put(GSI1PK, s(jobPartition(match.jobId())));
    item.put(GSI1SK, s(byJobSortKey(match.score(), match.workerId())));
    item.put(WORKER_ID, s(match.workerId()));
    item.put(JOB_ID, s(match.jobId()));
    item.put(JOB_VERSION, n(match.jobVersion()));
    item.put(SCORE, n(match.score()));
    item.put(REASONS, Attributes.strings(match.reasons()));
    item.put(MATCHED_AT, s(match.matchedAt().toString()));
    item.put(PUSH_REQUESTED, bool(match.pushRequested()));
    return item;
  }

  static Match toMatch(Map<String, AttributeValue> item) {
    return new Match(
        string(item, WORKER_ID),
        string(item, JOB_ID),
        Attributes.number(item, JOB_VERSION),
        Attributes.decimal(item, SCORE).orElseThrow(() -> new IllegalStateException("stored item lacks " + SCORE)),
        Attributes.strings(item, REASONS),
        Instant.parse(string(item, MATCHED_AT)),
        Attributes.bool(item, PUSH_REQUESTED));
  }
}
