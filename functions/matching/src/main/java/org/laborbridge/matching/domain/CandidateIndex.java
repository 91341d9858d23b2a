package org.laborbridge.matching.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Where candidates are kept, one item per worker and pool, so that a job reads its two pools and nothing else.
 * Every write is guarded by the worker's version: an old message never overwrites what a newer one wrote.
 */
public interface CandidateIndex {

  /**
   * What the index holds for one worker.
   *
   * @param version the worker version the index reflects
   * @param pools the pools of that version
   * @param written every pool that may still hold an item of the worker: the pools, plus those of earlier
   *                versions until a change has finished removing them
   * @param settled whether the items of this version are all in place and the old ones gone
   */
  record IndexState(long version, Set<CandidatePool> pools, Set<CandidatePool> written, boolean settled) {
    public IndexState {
      pools = Set.copyOf(pools);
      written = Set.copyOf(written);
    }
  }

  /** The candidates of some pools, and the read capacity the reads consumed. */
  record PoolRead(List<CandidateProfile> candidates, double readUnits) {
    public PoolRead {
      candidates = List.copyOf(candidates);
    }
  }

  /** Read consistently: the next write depends on it. */
  Optional<IndexState> stateOf(String workerId);

  /**
   * Stores the state if the stored one is still at {@code expectedVersion} (empty: nothing stored yet).
   * False when another message for the same worker stored its state first.
   */
  boolean saveState(String workerId, IndexState state, OptionalLong expectedVersion);

  /** Puts the worker into a pool, unless the pool already holds a newer version of them. */
  void put(CandidateProfile worker, CandidatePool pool);

  /** Takes the worker out of a pool, unless the pool holds a version newer than {@code version}. */
  void remove(String workerId, long version, CandidatePool pool);

  /**
   * Marks {@code version} settled with only {@code pools} written, if it is still the stored version.
   * False when a newer version has been stored meanwhile.
   */
  boolean settle(String workerId, long version, Set<CandidatePool> pools);

  /** Everyone in these pools. */
  PoolRead read(Set<CandidatePool> pools);

  /**
   * The candidates among these workers, looked up by id (a fair's seated workers): each as their newest indexed
   * version says, read consistently. A worker is left out when the index holds nothing for them yet (their
   * message is still to come), when they are in no pool (no consent to pushes), or when their newest version is
   * still being written (its own message then does the matching).
   */
  PoolRead profiles(Collection<String> workerIds);
}
