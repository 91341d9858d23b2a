package org.laborbridge.matching.domain;

import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Keeps a worker in the candidate pools their latest preferences call for, and in no other: a change of
 * desired regions or occupations moves them, withdrawn consent takes them out.
 *
 * <p>Steps, each safe to repeat (decision 0001): the worker's index state is saved first, guarded by the
 * version read, recording every pool that may hold an item; then the items are put and the stale ones removed;
 * then the state is settled. A message cut short is finished by its redelivery, or by the next version, which
 * removes whatever the state says may still be written. Messages arriving out of order are told apart by the
 * worker's version: an older one changes nothing.
 */
public final class IndexCandidate {

  public enum Outcome {
    INDEXED,
    /** Not consenting to pushes: in no pool. */
    REMOVED,
    /** An older version than the index already reflects (an out-of-order message). */
    STALE,
    /** This version was indexed before (a repeated message). */
    ALREADY_INDEXED
  }

  /** Races for one worker are rare (two changes within moments); a few rereads settle them. */
  private static final int ATTEMPTS = 5;

  private final CandidateIndex index;

  public IndexCandidate(CandidateIndex index) {
    this.index = index;
  }

  public Outcome index(CandidateProfile worker) {
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      Optional<CandidateIndex.IndexState> stored = index.stateOf(worker.workerId());
      if (stored.isPresent() && stored.get().version() > worker.version()) {
        return Outcome.STALE;
      }
      if (stored.isPresent() && stored.get().version() == worker.version() && stored.get().settled()) {
        return Outcome.ALREADY_INDEXED;
      }
      Set<CandidatePool> pools = worker.pools();
      Set<CandidatePool> written = new HashSet<>(pools);
      stored.ifPresent(state -> written.addAll(state.written()));
      OptionalLong expected = stored.map(state -> OptionalLong.of(state.version())).orElse(OptionalLong.empty());
      if (!index.saveState(worker.workerId(), new CandidateIndex.IndexState(worker.version(), pools, written, false),
          expected)) {
        continue;
      }
      pools.forEach(pool -> index.put(worker, pool));
      written.stream().filter(pool -> !pools.contains(pool))
          .forEach(pool -> index.remove(worker.workerId(), worker.version(), pool));
      if (!index.settle(worker.workerId(), worker.version(), pools)) {
        // A newer version took over while these items went in, and may have looked for them too early.
        index.stateOf(worker.workerId()).ifPresent(newer -> pools.stream()
            .filter(pool -> !newer.pools().contains(pool))
            .forEach(pool -> index.remove(worker.workerId(), worker.version(), pool)));
        return Outcome.STALE;
      }
      return pools.isEmpty() ? Outcome.REMOVED : Outcome.INDEXED;
    }
    throw new IllegalStateException("worker index state kept changing; the message will be retried");
  }
}
