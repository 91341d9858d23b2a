package org.laborbridge.jobs.domain;

import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;

import org.laborbridge.shared.region.Region;
import org.laborbridge.shared.identity.OccupationCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Where job postings are kept. Writes are conditional so that retries and races cannot double anything. */
public interface JobStore {

  /** Stores a new job; false when a job with its id already exists (a retry of the same post). */
  boolean insert(JobPosting job);

  Optional<JobPosting> find(String id);

  /** Stores a changed job if the stored one is still the version before it; false when someone else won. */
  boolean replace(JobPosting job);

  /** Jobs in one region with one status, newest first; open ones only when listing ACTIVE on {@code today}. */
  Page<JobPosting> list(Region region, JobStatus status, Optional<OccupationCode> occupation, LocalDate today, PageRequest page);

  /** Jobs created, changed or closed at or after {@code since}, oldest change first: the partners' sync feed. */
  Page<JobPosting> changedSince(Instant since, Instant now, PageRequest page);

  /**
   * Claims an Idempotency-Key for a request with this fingerprint. Empty when the claim is new; otherwise the
   * fingerprint of the request that claimed it first.
   */
  Optional<String> claimIdempotencyKey(String scopedKey, String fingerprint, Instant now);
}
