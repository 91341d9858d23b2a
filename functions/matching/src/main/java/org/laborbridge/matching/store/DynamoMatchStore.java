package org.laborbridge.matching.store;

import org.laborbridge.matching.domain.Match;
import org.laborbridge.matching.domain.MatchStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.laborbridge.platform.dynamo.Attributes.bool;
import static org.laborbridge.platform.dynamo.Attributes.n;
import static org.laborbridge.platform.dynamo.Attributes.s;

/**
 * Matches in DynamoDB: created once per worker and job by a conditional put; a job's matches by the byJob index, a
 * worker's by their partition; a job's places among its K counted on the job item by conditional updates.
 */
public final class DynamoMatchStore implements MatchStore {

  private final DynamoDbClient dynamoDb;
  private final String tableName;

  public DynamoMatchStore(DynamoDbClient dynamoDb, String tableName) {
    this.dynamoDb = dynamoDb;
    this.tableName = tableName;
  }

  @Override
  public boolean recordJobVersion(String jobId, long version) {
    try {
      // An update, not a put: the job item also holds the match count, which must survive every version.
      dynamoDb.updateItem(r -> r.tableName(tableName).key(MatchesTable.jobKey(jobId))
          .updateExpression("SET #version = :version, #jobId = :jobId")
          // The same version again is a repeated message: it goes on, and finds its matches made.
          .conditionExpression("attribute_not_exists(#pk) OR #version <= :version")
          .expressionAttributeNames(Map.of("#pk", MatchesTable.PK, "#version", MatchesTable.VERSION,
              "#jobId", MatchesTable.JOB_ID))
          .expressionAttributeValues(Map.of(":version", n(version), ":jobId", s(jobId))));
      return true;
    } catch (ConditionalCheckFailedException newerHandled) {
      return false;
    }
  }

  @Override
  public JobMatches ofJob(String jobId) {
    List<Match> matches = new ArrayList<>();
    double units = Partitions.read(dynamoDb, tableName, MatchesTable.BY_JOB, MatchesTable.GSI1PK,
        MatchesTable.jobPartition(jobId), item -> matches.add(MatchesTable.toMatch(item)));
    return new JobMatches(matches, units);
  }

  @Override
  public WorkerMatches ofWorker(String workerId) {
    List<Match> matches = new ArrayList<>();
    double units = Partitions.read(dynamoDb, tableName, null, MatchesTable.PK, MatchesTable.workerPartition(workerId),
        item -> matches.add(MatchesTable.toMatch(item)));
    return new WorkerMatches(matches, units);
  }

  @Override
  public Slot takeSlot(String jobId, long jobVersion, int topK) {
    try {
      dynamoDb.updateItem(r -> r.tableName(tableName).key(MatchesTable.jobKey(jobId))
          .updateExpression("ADD #count :one")
          // The version too: a listing or run of a job that was closed or changed since makes no more matches.
          .conditionExpression("#version = :version AND (attribute_not_exists(#count) OR #count < :k)")
          .expressionAttributeNames(Map.of("#count", MatchesTable.MATCH_COUNT, "#version", MatchesTable.VERSION))
          .expressionAttributeValues(Map.of(":one", n(1), ":version", n(jobVersion), ":k", n(topK))));
      return Slot.TAKEN;
    } catch (ConditionalCheckFailedException fullOrChanged) {
      return Slot.REFUSED;
    }
  }

  @Override
  public void giveBackSlot(String jobId) {
    try {
      dynamoDb.updateItem(r -> r.tableName(tableName).key(MatchesTable.jobKey(jobId))
          .updateExpression("ADD #count :minusOne")
          .conditionExpression("#count > :zero")
          .expressionAttributeNames(Map.of("#count", MatchesTable.MATCH_COUNT))
          .expressionAttributeValues(Map.of(":minusOne", n(-1), ":zero", n(0))));
    } catch (ConditionalCheckFailedException nothingTaken) {
      // Nothing to give back: the count never goes below zero.
    }
  }

  @Override
  public Outcome create(Match match) {
    try {
      dynamoDb.putItem(r -> r.tableName(tableName).item(MatchesTable.toItem(match))
          .conditionExpression("attribute_not_exists(#pk)")
          .expressionAttributeNames(Map.of("#pk", MatchesTable.PK)));
      return Outcome.CREATED;
    } catch (ConditionalCheckFailedException matchedBefore) {
      return Outcome.ALREADY_MATCHED;
    }
  }

  @Override
  public void markPushRequested(Match match) {
    try {
      dynamoDb.updateItem(r -> r.tableName(tableName).key(MatchesTable.matchKey(match.workerId(), match.jobId()))
          .updateExpression("SET #pushed = :yes")
          .conditionExpression("attribute_exists(#pk)")
          .expressionAttributeNames(Map.of("#pushed", MatchesTable.PUSH_REQUESTED, "#pk", MatchesTable.PK))
          .expressionAttributeValues(Map.of(":yes", bool(true))));
    } catch (ConditionalCheckFailedException noSuchMatch) {
      throw new IllegalStateException("no match to mark for job " + match.jobId(), noSuchMatch);
    }
  }
}
