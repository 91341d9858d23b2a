package org.laborbridge.matching.store;

import org.laborbridge.matching.domain.CandidateIndex;
import org.laborbridge.matching.domain.CandidatePool;
import org.laborbridge.matching.domain.CandidateProfile;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import static org.laborbridge.matching.store.Items.bool;
import static org.laborbridge.matching.store.Items.n;

/**
 * The candidate pools in DynamoDB. Each write is a single-item conditional write on the worker's version
 * (decision 0001): a put never replaces a newer version's item, a delete never removes one.
 */
public final class DynamoCandidateIndex implements CandidateIndex {

  private static final Map<String, String> NAMES = Map.of("#pk", CandidatesTable.PK, "#version", CandidatesTable.VERSION);

  private final DynamoDbClient dynamoDb;
  private final String tableName;

  public DynamoCandidateIndex(DynamoDbClient dynamoDb, String tableName) {
    this.dynamoDb = dynamoDb;
    this.tableName = tableName;
  }

  @Override
  public Optional<IndexState> stateOf(String workerId) {
    return CandidatesTable.toState(dynamoDb.getItem(r -> r.tableName(tableName)
        .key(CandidatesTable.profileKey(workerId)).consistentRead(true)).item());
  }

  @Override
  public boolean saveState(String workerId, IndexState state, OptionalLong expectedVersion) {
    try {
      if (expectedVersion.isEmpty()) {
        dynamoDb.putItem(r -> r.tableName(tableName).item(CandidatesTable.profileItem(workerId, state))
            .conditionExpression("attribute_not_exists(#pk)")
            .expressionAttributeNames(Map.of("#pk", CandidatesTable.PK)));
      } else {
        dynamoDb.putItem(r -> r.tableName(tableName).item(CandidatesTable.profileItem(workerId, state))
            .conditionExpression("#version = :expected")
            .expressionAttributeNames(Map.of("#version", CandidatesTable.VERSION))
            .expressionAttributeValues(Map.of(":expected", n(expectedVersion.getAsLong()))));
      }
      return true;
    } catch (ConditionalCheckFailedException movedMeanwhile) {
      return false;
    }
  }

  @Override
  public void put(CandidateProfile worker, CandidatePool pool) {
    try {
      dynamoDb.putItem(r -> r.tableName(tableName).item(CandidatesTable.entryItem(worker, pool))
          .conditionExpression("attribute_not_exists(#pk) OR #version <= :version")
          .expressionAttributeNames(NAMES)
          .expressionAttributeValues(Map.of(":version", n(worker.version()))));
    } catch (ConditionalCheckFailedException newerThere) {
      // A newer version of the worker is in this pool already: it stays.
    }
  }

  @Override
  public void remove(String workerId, long version, CandidatePool pool) {
    try {
      dynamoDb.deleteItem(r -> r.tableName(tableName).key(CandidatesTable.entryKey(workerId, pool))
          .conditionExpression("#version <= :version")
          .expressionAttributeNames(Map.of("#version", CandidatesTable.VERSION))
          .expressionAttributeValues(Map.of(":version", n(version))));
    } catch (ConditionalCheckFailedException goneOrNewer) {
      // Not there, or put there by a newer version: either way nothing of this version is left.
    }
  }

  @Override
  public boolean settle(String workerId, long version, Set<CandidatePool> pools) {
    try {
      dynamoDb.updateItem(r -> r.tableName(tableName).key(CandidatesTable.profileKey(workerId))
          .updateExpression("SET #written = :pools, #settled = :settled")
          .conditionExpression("#version = :version")
          .expressionAttributeNames(Map.of("#written", CandidatesTable.WRITTEN_KEYS, "#settled", CandidatesTable.SETTLED,
              "#version", CandidatesTable.VERSION))
          .expressionAttributeValues(Map.of(":pools", CandidatesTable.poolKeys(pools), ":settled", bool(true),
              ":version", n(version))));
      return true;
    } catch (ConditionalCheckFailedException newerStored) {
      return false;
    }
  }

  /** One Query per pool, page by page; the capacity is what DynamoDB reports (ConsumedCapacity TOTAL). */
  @Override
  public PoolRead read(Set<CandidatePool> pools) {
    List<CandidateProfile> candidates = new ArrayList<>();
    double units = 0;
    for (CandidatePool pool : pools) {
      units += Partitions.read(dynamoDb, tableName, null, CandidatesTable.PK, CandidatesTable.poolKey(pool),
          item -> candidates.add(CandidatesTable.toCandidate(item)));
    }
    return new PoolRead(candidates, units);
  }
}
