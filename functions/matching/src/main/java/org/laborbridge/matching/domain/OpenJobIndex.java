package org.laborbridge.matching.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Where open jobs are kept, one item per job in the pool of its province and minor group, so that a worker reads
 * the pools they could take a job from and nothing else. Every write is guarded by the job's version, as the
 * candidate index guards by the worker's: an old message never puts back a job a newer one closed or moved.
 */
public interface OpenJobIndex {

  /**
   * What the index holds for one job.
   *
   * @param version the job version the index reflects
   * @param pools the pools of that version: one while the job is open, none once it is closed or over
   * @param written every pool that may still hold an item of the job, until a change has finished removing them
   * @param settled whether the item of this version is in place and the old ones gone
   */
  record ListingState(long version, Set<JobPool> pools, Set<JobPool> written, boolean settled) {
    public ListingState {
      pools = Set.copyOf(pools);
      written = Set.copyOf(written);
    }
  }

  /** The jobs listed in some pools (past their last valid day included: the reader decides), and the read capacity. */
  record JobsRead(List<JobOffer> jobs, double readUnits) {
    public JobsRead {
      jobs = List.copyOf(jobs);
    }
  }

  /** Read consistently: the next write depends on it. */
  Optional<ListingState> stateOf(String jobId);

  /**
   * Stores the state if the stored one is still at {@code expectedVersion} (empty: nothing stored yet).
   * False when another message about the same job stored its state first.
   */
  boolean saveState(String jobId, ListingState state, OptionalLong expectedVersion);

  /** Lists the job in a pool, unless the pool already holds a newer version of it. */
  void put(JobOffer job, JobPool pool);

  /** Takes the job out of a pool, unless the pool holds a version newer than {@code version}. */
  void remove(String jobId, long version, JobPool pool);

  /**
   * Marks {@code version} settled with only {@code pools} written, if it is still the stored version.
   * False when a newer version has been stored meanwhile.
   */
  boolean settle(String jobId, long version, Set<JobPool> pools);

  /** Every job listed in these pools. */
  JobsRead read(Set<JobPool> pools);

  /**
   * The open jobs among these, looked up by id (the jobs at a fair's booths): each as its newest listed version
   * says, read consistently. A job is left out when the index holds nothing for it yet (its message is still to
   * come), when it is listed nowhere (closed, or over when last handled), or when its newest version is still being
   * written (its own message then does the matching). A job past its last valid day may be returned: the reader
   * decides.
   */
  JobsRead openJobs(Collection<String> jobIds);
}
