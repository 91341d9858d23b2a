package org.laborbridge.matching.store;

import org.laborbridge.matching.domain.CandidateIndex;
import org.laborbridge.matching.domain.CandidatePool;
import org.laborbridge.matching.domain.CandidateProfile;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The candidate pools in DynamoDB. Each write is a single-item conditional write on the worker's version
 * (decision 0001): a put never replaces a newer version's item, a delete never removes one.
 */
public final class DynamoCandidateIndex implements CandidateIndex {

  private final VersionedPools items;

  public DynamoCandidateIndex(DynamoDbClient dynamoDb, String tableName) {
    this.items = new VersionedPools(dynamoDb, tableName);
  }

  @Override
  public Optional<IndexState> stateOf(String workerId) {
    return CandidatesTable.toState(items.state(CandidatesTable.profileKey(workerId)));
  }

  @Override
  public boolean saveState(String workerId, IndexState state, OptionalLong expectedVersion) {
    return items.saveState(CandidatesTable.profileItem(workerId, state), expectedVersion);
  }

  @Override
  public void put(CandidateProfile worker, CandidatePool pool) {
    items.put(CandidatesTable.entryItem(worker, pool), worker.version());
  }

  @Override
  public void remove(String workerId, long version, CandidatePool pool) {
    items.remove(CandidatesTable.entryKey(workerId, pool), version);
  }

  @Override
  public boolean settle(String workerId, long version, Set<CandidatePool> pools) {
    return items.settle(CandidatesTable.profileKey(workerId), version, CandidatesTable.poolKeys(pools));
  }

  /** One Query per pool, page by page; the capacity is what DynamoDB reports (ConsumedCapacity TOTAL). */
  @Override
  public PoolRead read(Set<CandidatePool> pools) {
    List<CandidateProfile> candidates = new ArrayList<>();
    double units = items.read(pools.stream().map(CandidatesTable::poolKey).toList(),
        item -> candidates.add(CandidatesTable.toCandidate(item)));
    return new PoolRead(candidates, units);
  }

  /** Each worker's newest indexed version, by id: see {@link VersionedPools#current}. */
  @Override
  public PoolRead profiles(Collection<String> workerIds) {
    VersionedPools.Items found = items.current(workerIds.stream().map(CandidatesTable::profileKey).toList(),
        CandidatesTable.WORKER_ID, (workerId, poolKey) -> CandidatesTable.entryKey(workerId, CandidatesTable.pool(poolKey)));
    return new PoolRead(found.items().stream().map(CandidatesTable::toCandidate).toList(), found.readUnits());
  }
}
