package org.laborbridge.matching.store;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.util.Collection;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;

import static org.laborbridge.platform.dynamo.Attributes.bool;
import static org.laborbridge.platform.dynamo.Attributes.n;

/**
 * The writes and reads both pool indexes make in the candidates table (candidates by worker, open jobs by job): one
 * state item per worker or job, one item per pool it is in. Each write is a single-item conditional write on the
 * version of that worker or job (decision 0001): a put never replaces a newer version's item, a delete never
 * removes one. The index classes say which keys and items; this says how they are written.
 */
final class VersionedPools {

  private static final Map<String, String> NAMES = Map.of("#pk", CandidatesTable.PK, "#version", CandidatesTable.VERSION);

  private final DynamoDbClient dynamoDb;
  private final String tableName;

  VersionedPools(DynamoDbClient dynamoDb, String tableName) {
    this.dynamoDb = dynamoDb;
    this.tableName = tableName;
  }

  /** The state item, read consistently (the next write depends on it); null or empty when there is none. */
  Map<String, AttributeValue> state(Map<String, AttributeValue> stateKey) {
    return dynamoDb.getItem(r -> r.tableName(tableName).key(stateKey).consistentRead(true)).item();
  }

  /** False when another message stored its state first. */
  boolean saveState(Map<String, AttributeValue> stateItem, OptionalLong expectedVersion) {
    try {
      if (expectedVersion.isEmpty()) {
        dynamoDb.putItem(r -> r.tableName(tableName).item(stateItem)
            .conditionExpression("attribute_not_exists(#pk)")
            .expressionAttributeNames(Map.of("#pk", CandidatesTable.PK)));
      } else {
        dynamoDb.putItem(r -> r.tableName(tableName).item(stateItem)
            .conditionExpression("#version = :expected")
            .expressionAttributeNames(Map.of("#version", CandidatesTable.VERSION))
            .expressionAttributeValues(Map.of(":expected", n(expectedVersion.getAsLong()))));
      }
      return true;
    } catch (ConditionalCheckFailedException movedMeanwhile) {
      return false;
    }
  }

  void put(Map<String, AttributeValue> poolItem, long version) {
    try {
      dynamoDb.putItem(r -> r.tableName(tableName).item(poolItem)
          .conditionExpression("attribute_not_exists(#pk) OR #version <= :version")
          .expressionAttributeNames(NAMES)
          .expressionAttributeValues(Map.of(":version", n(version))));
    } catch (ConditionalCheckFailedException newerThere) {
      // A newer version is in this pool already: it stays.
    }
  }

  void remove(Map<String, AttributeValue> poolItemKey, long version) {
    try {
      dynamoDb.deleteItem(r -> r.tableName(tableName).key(poolItemKey)
          .conditionExpression("#version <= :version")
          .expressionAttributeNames(Map.of("#version", CandidatesTable.VERSION))
          .expressionAttributeValues(Map.of(":version", n(version))));
    } catch (ConditionalCheckFailedException goneOrNewer) {
      // Not there, or put there by a newer version: either way nothing of this version is left.
    }
  }

  /** False when a newer version has been stored meanwhile. */
  boolean settle(Map<String, AttributeValue> stateKey, long version, AttributeValue poolKeys) {
    try {
      dynamoDb.updateItem(r -> r.tableName(tableName).key(stateKey)
          .updateExpression("SET #written = :pools, #settled = :settled")
          .conditionExpression("#version = :version")
          .expressionAttributeNames(Map.of("#written", CandidatesTable.WRITTEN_KEYS, "#settled", CandidatesTable.SETTLED,
              "#version", CandidatesTable.VERSION))
          .expressionAttributeValues(Map.of(":pools", poolKeys, ":settled", bool(true), ":version", n(version))));
      return true;
    } catch (ConditionalCheckFailedException newerStored) {
      return false;
    }
  }

  /** One Query per pool, page by page; the capacity is what DynamoDB reports (ConsumedCapacity TOTAL). */
  double read(Collection<String> poolKeys, Consumer<Map<String, AttributeValue>> each) {
    double units = 0;
    for (String poolKey : poolKeys) {
      units += Partitions.read(dynamoDb, tableName, null, CandidatesTable.PK, poolKey, each);
    }
    return units;
  }
}
