package org.laborbridge.matching.store;

import org.laborbridge.matching.domain.JobOffer;
import org.laborbridge.matching.domain.JobPool;
import org.laborbridge.matching.domain.OpenJobIndex;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The open-jobs pools in DynamoDB (in the candidates table). Each write is a single-item conditional write on the
 * job's version (decision 0001): a put never replaces a newer version's item, a delete never removes one.
 */
public final class DynamoOpenJobIndex implements OpenJobIndex {

  private final VersionedPools items;

  public DynamoOpenJobIndex(DynamoDbClient dynamoDb, String tableName) {
    this.items = new VersionedPools(dynamoDb, tableName);
  }

  @Override
  public Optional<ListingState> stateOf(String jobId) {
    return CandidatesTable.toListingState(items.state(CandidatesTable.listingStateKey(jobId)));
  }

  @Override
  public boolean saveState(String jobId, ListingState state, OptionalLong expectedVersion) {
    return items.saveState(CandidatesTable.listingStateItem(jobId, state), expectedVersion);
  }

  @Override
  public void put(JobOffer job, JobPool pool) {
    items.put(CandidatesTable.listingItem(job, pool), job.version());
  }

  @Override
  public void remove(String jobId, long version, JobPool pool) {
    items.remove(CandidatesTable.listingKey(jobId, pool), version);
  }

  @Override
  public boolean settle(String jobId, long version, Set<JobPool> pools) {
    return items.settle(CandidatesTable.listingStateKey(jobId), version, CandidatesTable.jobPoolKeys(pools));
  }

  /** One Query per pool, page by page. */
  @Override
  public JobsRead read(Set<JobPool> pools) {
    List<JobOffer> jobs = new ArrayList<>();
    double units = items.read(pools.stream().map(CandidatesTable::jobPoolKey).toList(),
        item -> jobs.add(CandidatesTable.toJob(item)));
    return new JobsRead(jobs, units);
  }

  /** Each job's newest listed version, by id: see {@link VersionedPools#current}. */
  @Override
  public JobsRead openJobs(Collection<String> jobIds) {
    VersionedPools.Items found = items.current(jobIds.stream().map(CandidatesTable::listingStateKey).toList(),
        CandidatesTable.JOB_ID, (jobId, poolKey) -> CandidatesTable.listingKey(jobId, CandidatesTable.jobPool(poolKey)));
    return new JobsRead(found.items().stream().map(CandidatesTable::toJob).toList(), found.readUnits());
  }
}
