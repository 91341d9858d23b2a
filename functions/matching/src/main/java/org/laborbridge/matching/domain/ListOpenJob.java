package org.laborbridge.matching.domain;

import org.laborbridge.shared.time.ProgrammeClock;

import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Keeps a job in the open-jobs pool of its province and minor group while it is open, and in no other: a change
 * of province or occupation moves it, closing it (or a message arriving after its last valid day) takes it out.
 *
 * <p>The same steps as {@link IndexCandidate}, each safe to repeat (decision 0001): the job's listing state is
 * saved first, guarded by the version read, recording every pool that may hold an item; then the item is put and
 * stale ones removed; then the state is settled. An older message arriving after a newer one changes nothing, so
 * a {@code job.updated} overtaken by the {@code job.closed} that followed it cannot list the job again. A job
 * whose last valid day passes without a message stays listed; readers skip it ({@link JobOffer#openOn}).
 */
public final class ListOpenJob {

  public enum Outcome {
    LISTED,
    /** Closed or past its last valid day: in no pool. */
    UNLISTED,
    /** An older version than the index already reflects (an out-of-order message). */
    STALE,
    /** This version was listed (or unlisted) before: a repeated message. */
    ALREADY_LISTED
  }

  /** Races for one job are rare (two changes within moments); a few rereads settle them. */
  private static final int ATTEMPTS = 5;

  private final OpenJobIndex index;
  private final ProgrammeClock clock;

  public ListOpenJob(OpenJobIndex index, ProgrammeClock clock) {
    this.index = index;
    this.clock = clock;
  }

  public Outcome list(JobOffer job) {
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      Optional<OpenJobIndex.ListingState> stored = index.stateOf(job.jobId());
      if (stored.isPresent() && stored.get().version() > job.version()) {
        return Outcome.STALE;
      }
      if (stored.isPresent() && stored.get().version() == job.version() && stored.get().settled()) {
        return Outcome.ALREADY_LISTED;
      }
      Set<JobPool> pools = job.openOn(clock.today()) ? Set.of(job.pool()) : Set.of();
      Set<JobPool> written = new HashSet<>(pools);
      stored.ifPresent(state -> written.addAll(state.written()));
      OptionalLong expected = stored.map(state -> OptionalLong.of(state.version())).orElse(OptionalLong.empty());
      if (!index.saveState(job.jobId(), new OpenJobIndex.ListingState(job.version(), pools, written, false), expected)) {
        continue;
      }
      pools.forEach(pool -> index.put(job, pool));
      written.stream().filter(pool -> !pools.contains(pool))
          .forEach(pool -> index.remove(job.jobId(), job.version(), pool));
      if (!index.settle(job.jobId(), job.version(), pools)) {
        // A newer version took over while this item went in, and may have looked for it too early.
        index.stateOf(job.jobId()).ifPresent(newer -> pools.stream()
            .filter(pool -> !newer.pools().contains(pool))
            .forEach(pool -> index.remove(job.jobId(), job.version(), pool)));
        return Outcome.STALE;
      }
      return pools.isEmpty() ? Outcome.UNLISTED : Outcome.LISTED;
    }
    throw new IllegalStateException("job listing state kept changing; the message will be retried");
  }
}
