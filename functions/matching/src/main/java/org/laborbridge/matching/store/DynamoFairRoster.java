package org.laborbridge.matching.store;

import org.laborbridge.matching.domain.FairRoster;
import org.laborbridge.matching.domain.JobFair;
import org.laborbridge.platform.dynamo.Attributes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The fairs' rosters in DynamoDB (in the candidates table, {@link CandidatesTable}): a seat or booth item in the
 * fair's partition and a note of it under the worker or job, each written once with {@code attribute_not_exists}
 * (a repeated confirmation finds them there and changes nothing). Read with strongly consistent Queries on a key
 * and a sort-key prefix, never a Scan.
 */
public final class DynamoFairRoster implements FairRoster {

  private final DynamoDbClient dynamoDb;
  private final String tableName;

  public DynamoFairRoster(DynamoDbClient dynamoDb, String tableName) {
    this.dynamoDb = dynamoDb;
    this.tableName = tableName;
  }

  @Override
  public void seat(JobFair fair, String registrationId, String workerId) {
    putOnce(CandidatesTable.seatItem(fair, registrationId, workerId));
    putOnce(CandidatesTable.seatNoteItem(fair, registrationId, workerId));
  }

  @Override
  public void booth(JobFair fair, String registrationId, Collection<String> jobIds) {
    for (String jobId : jobIds) {
      putOnce(CandidatesTable.boothItem(fair, registrationId, jobId));
      putOnce(CandidatesTable.boothNoteItem(fair, registrationId, jobId));
    }
  }

  @Override
  public Ids seatedWorkers(String fairId) {
    return ids(CandidatesTable.fairPartition(fairId), CandidatesTable.SEAT_PREFIX, CandidatesTable.WORKER_ID);
  }

  @Override
  public Ids boothJobs(String fairId) {
    return ids(CandidatesTable.fairPartition(fairId), CandidatesTable.BOOTH_PREFIX, CandidatesTable.JOB_ID);
  }

  @Override
  public Fairs fairsOfWorker(String workerId) {
    return fairs(CandidatesTable.WORKER_PREFIX + workerId);
  }

  @Override
  public Fairs fairsOfJob(String jobId) {
    return fairs(CandidatesTable.JOB_PREFIX + jobId);
  }

  private void putOnce(Map<String, AttributeValue> item) {
    try {
      dynamoDb.putItem(r -> r.tableName(tableName).item(item)
          .conditionExpression("attribute_not_exists(#pk)")
          .expressionAttributeNames(Map.of("#pk", CandidatesTable.PK)));
    } catch (ConditionalCheckFailedException alreadyThere) {
      // Written by an earlier delivery or round of the same registration: the first one stays.
    }
  }

  private Ids ids(String partition, String sortPrefix, String idAttribute) {
    List<String> ids = new ArrayList<>();
    double units = Partitions.readConsistent(dynamoDb, tableName, CandidatesTable.PK, partition, CandidatesTable.SK,
        sortPrefix, item -> ids.add(Attributes.string(item, idAttribute)));
    return new Ids(ids, units);
  }

  private Fairs fairs(String partition) {
    List<JobFair> fairs = new ArrayList<>();
    double units = Partitions.readConsistent(dynamoDb, tableName, CandidatesTable.PK, partition, CandidatesTable.SK,
        CandidatesTable.FAIR_PREFIX, item -> fairs.add(CandidatesTable.toFair(item)));
    return new Fairs(fairs, units);
  }
}
