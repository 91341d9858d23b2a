package org.laborbridge.matching.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches in memory, one per worker and job, and each job's count of places among its K, as the conditional writes
 * keep them in DynamoDB.
 */
class InMemoryMatchStore implements MatchStore {

  private final Map<String, Match> matches = new LinkedHashMap<>();
  private final Map<String, Long> jobVersions = new java.util.HashMap<>();
  private final Map<String, Integer> placesTaken = new java.util.HashMap<>();

  private static String key(String workerId, String jobId) {
    return workerId + "/" + jobId;
  }

  @Override
  public synchronized boolean recordJobVersion(String jobId, long version) {
    Long stored = jobVersions.get(jobId);
    if (stored != null && stored > version) {
      return false;
    }
    jobVersions.put(jobId, version);
    return true;
  }

  @Override
  public synchronized JobMatches ofJob(String jobId) {
    List<Match> found = matches.values().stream().filter(m -> m.jobId().equals(jobId)).toList();
    return new JobMatches(found, found.size());
  }

  @Override
  public synchronized WorkerMatches ofWorker(String workerId) {
    List<Match> found = matches.values().stream().filter(m -> m.workerId().equals(workerId)).toList();
    return new WorkerMatches(found, found.size());
  }

  @Override
  public synchronized Slot takeSlot(String jobId, long jobVersion, int topK) {
    int taken = placesTaken.getOrDefault(jobId, 0);
    if (!Long.valueOf(jobVersion).equals(jobVersions.get(jobId)) || taken >= topK) {
      return Slot.REFUSED;
    }
    placesTaken.put(jobId, taken + 1);
    return Slot.TAKEN;
  }

  @Override
  public synchronized void giveBackSlot(String jobId) {
    placesTaken.computeIfPresent(jobId, (job, taken) -> Math.max(0, taken - 1));
  }

  /** The places taken on the job's count. */
  synchronized int placesTaken(String jobId) {
    return placesTaken.getOrDefault(jobId, 0);
  }

  @Override
  public synchronized Outcome create(Match match) {
    return matches.putIfAbsent(key(match.workerId(), match.jobId()), match) == null ? Outcome.CREATED
        : Outcome.ALREADY_MATCHED;
  }

  @Override
  public synchronized void markPushRequested(Match match) {
    matches.computeIfPresent(key(match.workerId(), match.jobId()), (k, m) -> m.pushed());
  }

  /** A job's matches, best first, as the byJob index orders them. */
  synchronized List<Match> bestFirst(String jobId) {
    List<Match> found = new ArrayList<>(ofJob(jobId).matches());
    found.sort(Comparator.comparing(Match::score).reversed().thenComparing(Match::workerId));
    return found;
  }

  /** Leaves a match as a run cut short after the write and before the push would. */
  synchronized void putUnpushed(Match match) {
    matches.put(key(match.workerId(), match.jobId()), match);
  }
}
