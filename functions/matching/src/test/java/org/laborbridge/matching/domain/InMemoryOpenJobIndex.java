package org.laborbridge.matching.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

/**
 * The open-jobs pools in memory, with the same version guards as the DynamoDB store. A test can run code just
 * before an item is put ({@link #beforePut}), to stage a message that overtakes another.
 */
class InMemoryOpenJobIndex implements OpenJobIndex {

  private final Map<String, ListingState> states = new HashMap<>();
  private final Map<JobPool, TreeMap<String, JobOffer>> pools = new HashMap<>();
  Runnable beforePut = () -> {};

  @Override
  public synchronized Optional<ListingState> stateOf(String jobId) {
    return Optional.ofNullable(states.get(jobId));
  }

  @Override
  public synchronized boolean saveState(String jobId, ListingState state, OptionalLong expectedVersion) {
    ListingState stored = states.get(jobId);
    boolean expected = expectedVersion.isEmpty() ? stored == null
        : stored != null && stored.version() == expectedVersion.getAsLong();
    if (expected) {
      states.put(jobId, state);
    }
    return expected;
  }

  @Override
  public void put(JobOffer job, JobPool pool) {
    Runnable hook = beforePut;
    beforePut = () -> {};
    hook.run();
    synchronized (this) {
      TreeMap<String, JobOffer> members = pools.computeIfAbsent(pool, p -> new TreeMap<>());
      JobOffer there = members.get(job.jobId());
      if (there == null || there.version() <= job.version()) {
        members.put(job.jobId(), job);
      }
    }
  }

  @Override
  public synchronized void remove(String jobId, long version, JobPool pool) {
    TreeMap<String, JobOffer> members = pools.get(pool);
    if (members != null && members.containsKey(jobId) && members.get(jobId).version() <= version) {
      members.remove(jobId);
    }
  }

  @Override
  public synchronized boolean settle(String jobId, long version, Set<JobPool> settledPools) {
    ListingState stored = states.get(jobId);
    if (stored == null || stored.version() != version) {
      return false;
    }
    states.put(jobId, new ListingState(version, stored.pools(), settledPools, true));
    return true;
  }

  @Override
  public synchronized JobsRead read(Set<JobPool> wanted) {
    List<JobOffer> found = new ArrayList<>();
    wanted.forEach(pool -> found.addAll(pools.getOrDefault(pool, new TreeMap<>()).values()));
    // A unit per item read: enough for tests to see reads grow or not.
    return new JobsRead(found, found.size());
  }

  @Override
  public synchronized JobsRead openJobs(Collection<String> jobIds) {
    List<JobOffer> found = new ArrayList<>();
    for (String jobId : new java.util.LinkedHashSet<>(jobIds)) {
      ListingState state = states.get(jobId);
      if (state == null) {
        continue;
      }
      state.pools().stream().map(pool -> pools.getOrDefault(pool, new TreeMap<>()).get(jobId))
          .filter(listing -> listing != null && listing.version() == state.version())
          .findFirst().ifPresent(found::add);
    }
    return new JobsRead(found, 2.0 * jobIds.size());
  }

  /** The pools a job is listed in now. */
  synchronized Set<JobPool> poolsOf(String jobId) {
    Set<JobPool> in = new HashSet<>();
    pools.forEach((pool, members) -> {
      if (members.containsKey(jobId)) {
        in.add(pool);
      }
    });
    return in;
  }
}
