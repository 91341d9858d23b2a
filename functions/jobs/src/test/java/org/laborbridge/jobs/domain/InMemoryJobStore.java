package org.laborbridge.jobs.domain;

import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;

import org.laborbridge.shared.identity.OccupationCode;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.region.Region;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Job postings kept in memory with the conditional semantics the DynamoDB store promises: insert only when
 * new, replace only over the version before, pages with an opaque cursor (here simply the offset).
 * Not final: a test can subclass it to stage a race.
 */
class InMemoryJobStore implements JobStore {

  private final Map<String, JobPosting> jobs = new LinkedHashMap<>();
  private final Map<String, String> idempotencyClaims = new HashMap<>();

  @Override
  public synchronized boolean insert(JobPosting job) {
    return jobs.putIfAbsent(job.id(), job) == null;
  }

  @Override
  public synchronized Optional<JobPosting> find(String id) {
    return Optional.ofNullable(jobs.get(id));
  }

  @Override
  public synchronized boolean replace(JobPosting job) {
    JobPosting stored = jobs.get(job.id());
    if (stored == null || stored.version() != job.version() - 1) {
      return false;
    }
    jobs.put(job.id(), job);
    return true;
  }

  @Override
  public synchronized Page<JobPosting> list(Region region, JobStatus status, Optional<OccupationCode> occupation,
      LocalDate today, PageRequest page) {
    Predicate<JobPosting> wanted = job -> job.details().location().region() == region
        && job.status() == status
        && (status != JobStatus.ACTIVE || job.openOn(today))
        && occupation.map(job.details().occupation()::equals).orElse(true);
    Comparator<JobPosting> newestFirst =
        Comparator.comparing(JobPosting::createdAt).reversed().thenComparing(JobPosting::id);
    return page(jobs.values().stream().filter(wanted).sorted(newestFirst).toList(), page);
  }

  @Override
  public synchronized Page<JobPosting> changedSince(Instant since, Instant now, PageRequest page) {
    Predicate<JobPosting> inWindow = job -> !job.modifiedAt().isBefore(since) && !job.modifiedAt().isAfter(now);
    Comparator<JobPosting> oldestChangeFirst =
        Comparator.comparing(JobPosting::modifiedAt).thenComparing(JobPosting::id);
    return page(jobs.values().stream().filter(inWindow).sorted(oldestChangeFirst).toList(), page);
  }

  @Override
  public synchronized Optional<String> claimIdempotencyKey(String scopedKey, String fingerprint, Instant now) {
    return Optional.ofNullable(idempotencyClaims.putIfAbsent(scopedKey, fingerprint));
  }

  synchronized int count() {
    return jobs.size();
  }

  synchronized List<JobPosting> all() {
    return new ArrayList<>(jobs.values());
  }

  static <T> Page<T> page(List<T> all, PageRequest page) {
    int from;
    try {
      from = page.cursor().map(Integer::parseInt).orElse(0);
    } catch (NumberFormatException notOurs) {
      throw new InvalidValue("cursor", "is not a cursor this list gave out");
    }
    int to = Math.min(all.size(), from + page.limit());
    List<T> items = from >= all.size() ? List.of() : all.subList(from, to);
    return new Page<>(items, to < all.size() ? Optional.of(Integer.toString(to)) : Optional.empty());
  }
}
