package org.laborbridge.matching.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

/**
 * The candidate pools in memory, with the same version guards as the DynamoDB store. A test can run code just
 * before an item is put ({@link #beforePut}), to stage a message that overtakes another.
 */
class InMemoryCandidateIndex implements CandidateIndex {

  private final Map<String, IndexState> states = new HashMap<>();
  private final Map<CandidatePool, TreeMap<String, CandidateProfile>> pools = new HashMap<>();
  Runnable beforePut = () -> {};

  @Override
  public synchronized Optional<IndexState> stateOf(String workerId) {
    return Optional.ofNullable(states.get(workerId));
  }

  @Override
  public synchronized boolean saveState(String workerId, IndexState state, OptionalLong expectedVersion) {
    IndexState stored = states.get(workerId);
    boolean expected = expectedVersion.isEmpty() ? stored == null
        : stored != null && stored.version() == expectedVersion.getAsLong();
    if (expected) {
      states.put(workerId, state);
    }
    return expected;
  }

  @Override
  public void put(CandidateProfile worker, CandidatePool pool) {
    Runnable hook = beforePut;
    beforePut = () -> {};
    hook.run();
    synchronized (this) {
      TreeMap<String, CandidateProfile> members = pools.computeIfAbsent(pool, p -> new TreeMap<>());
      CandidateProfile there = members.get(worker.workerId());
      if (there == null || there.version() <= worker.version()) {
        members.put(worker.workerId(), worker);
      }
    }
  }

  @Override
  public synchronized void remove(String workerId, long version, CandidatePool pool) {
    TreeMap<String, CandidateProfile> members = pools.get(pool);
    if (members != null && members.containsKey(workerId) && members.get(workerId).version() <= version) {
      members.remove(workerId);
    }
  }

  @Override
  public synchronized boolean settle(String workerId, long version, Set<CandidatePool> settledPools) {
    IndexState stored = states.get(workerId);
    if (stored == null || stored.version() != version) {
      return false;
    }
    states.put(workerId, new IndexState(version, stored.pools(), settledPools, true));
    return true;
  }

  @Override
  public synchronized PoolRead read(Set<CandidatePool> wanted) {
    List<CandidateProfile> found = new ArrayList<>();
    wanted.forEach(pool -> found.addAll(pools.getOrDefault(pool, new TreeMap<>()).values()));
    // A unit per item read: enough for tests to see reads grow or not.
    return new PoolRead(found, found.size());
  }

  @Override
  public synchronized PoolRead profiles(Collection<String> workerIds) {
    List<CandidateProfile> found = new ArrayList<>();
    for (String workerId : new java.util.LinkedHashSet<>(workerIds)) {
      IndexState state = states.get(workerId);
      if (state == null) {
        continue;
      }
      // Any pool of the newest version holds the whole profile; one of another version is still being written.
      state.pools().stream().map(pool -> pools.getOrDefault(pool, new TreeMap<>()).get(workerId))
          .filter(entry -> entry != null && entry.version() == state.version())
          .findFirst().ifPresent(found::add);
    }
    return new PoolRead(found, 2.0 * workerIds.size());
  }

  /** The pools a worker is in now. */
  synchronized Set<CandidatePool> poolsOf(String workerId) {
    Set<CandidatePool> in = new java.util.HashSet<>();
    pools.forEach((pool, members) -> {
      if (members.containsKey(workerId)) {
        in.add(pool);
      }
    });
    return in;
  }

  synchronized Optional<CandidateProfile> entry(CandidatePool pool, String workerId) {
    return Optional.ofNullable(pools.getOrDefault(pool, new TreeMap<>()).get(workerId));
  }
}
