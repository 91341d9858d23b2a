package org.laborbridge.matching.store;

import org.laborbridge.matching.domain.JobOffer;
import org.laborbridge.matching.domain.JobPool;
import org.laborbridge.matching.domain.OpenJobIndex;
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
 * The open-jobs pools in DynamoDB (in the candidates table). Each write is a single-item conditional write on the
 * job's version (decision 0001): a put never replaces a newer version's item, a delete never removes one.
 */
public final class DynamoOpenJobIndex implements OpenJobIndex {

  private static final Map<String, String> NAMES = Map.of("#pk", CandidatesTable.PK, "#version", CandidatesTable.VERSION);

  private final DynamoDbClient dynamoDb;
  private final String tableName;

  public DynamoOpenJobIndex(DynamoDbClient dynamoDb, String tableName) {
    this.dynamoDb = dynamoDb;
    this.tableName = tableName;
  }

  @Override
  public Optional<ListingState> stateOf(String jobId) {
    return CandidatesTable.toListingState(dynamoDb.getItem(r -> r.tableName(tableName)
        .key(CandidatesTable.listingStateKey(jobId)).consistentRead(true)).item());
  }

  @Override
  public boolean saveState(String jobId, ListingState state, OptionalLong expectedVersion) {
    try {
      if (expectedVersion.isEmpty()) {
        dynamoDb.putItem(r -> r.tableName(tableName).item(CandidatesTable.listingStateItem(jobId, state))
            .conditionExpression("attribute_not_exists(#pk)")
            .expressionAttributeNames(Map.of("#pk", CandidatesTable.PK)));
      } else {
        dynamoDb.putItem(r -> r.tableName(tableName).item(CandidatesTable.listingStateItem(jobId, state))
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
  public void put(JobOffer job, JobPool pool) {
    try {
      dynamoDb.putItem(r -> r.tableName(tableName).item(CandidatesTable.listingItem(job, pool))
          .conditionExpression("attribute_not_exists(#pk) OR #version <= :version")
          .expressionAttributeNames(NAMES)
          .expressionAttributeValues(Map.of(":version", n(job.version()))));
    } catch (ConditionalCheckFailedException newerThere) {
      // A newer version of the job is in this pool already: it stays.
    }
  }

  @Override
  public void remove(String jobId, long version, JobPool pool) {
    try {
      dynamoDb.deleteItem(r -> r.tableName(tableName).key(CandidatesTable.listingKey(jobId, pool))
          .conditionExpression("#version <= :version")
          .expressionAttributeNames(Map.of("#version", CandidatesTable.VERSION))
          .expressionAttributeValues(Map.of(":version", n(version))));
    } catch (ConditionalCheckFailedException goneOrNewer) {
      // Not there, or put there by a newer version: either way nothing of this version is left.
    }
  }

  @Override
  public boolean settle(String jobId, long version, Set<JobPool> pools) {
    try {
      dynamoDb.updateItem(r -> r.tableName(tableName).key(CandidatesTable.listingStateKey(jobId))
          .updateExpression("SET #written = :pools, #settled = :settled")
          .conditionExpression("#version = :version")
          .expressionAttributeNames(Map.of("#written", CandidatesTable.WRITTEN_KEYS, "#settled", CandidatesTable.SETTLED,
              "#version", CandidatesTable.VERSION))
          .expressionAttributeValues(Map.of(":pools", CandidatesTable.jobPoolKeys(pools), ":settled", bool(true),
              ":version", n(version))));
      return true;
    } catch (ConditionalCheckFailedException newerStored) {
      return false;
    }
  }

  /** One Query per pool, page by page. */
  @Override
  public JobsRead read(Set<JobPool> pools) {
    List<JobOffer> jobs = new ArrayList<>();
    double units = 0;
    for (JobPool pool : pools) {
      units += Partitions.read(dynamoDb, tableName, null, CandidatesTable.PK, CandidatesTable.jobPoolKey(pool),
          item -> jobs.add(CandidatesTable.toJob(item)));
    }
    return new JobsRead(jobs, units);
  }
}
