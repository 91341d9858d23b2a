package org.laborbridge.matching.store;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import static org.laborbridge.platform.dynamo.Attributes.bool;
import static org.laborbridge.platform.dynamo.Attributes.n;
import static org.laborbridge.platform.dynamo.Attributes.number;
import static org.laborbridge.platform.dynamo.Attributes.string;
import static org.laborbridge.platform.dynamo.Attributes.strings;

/**
 * The writes and reads both pool indexes make in the candidates table (candidates by worker, open jobs by job): one
 * state item per worker or job, one item per pool it is in. Each write is a single-item conditional write on the
 * version of that worker or job (decision 0001): a put never replaces a newer version's item, a delete never
 * removes one. The index classes say which keys and items; this says how they are written.
 */
final class VersionedPools {

  /** BatchGetItem takes at most 100 keys. */
  private static final int KEYS_PER_BATCH = 100;
  /** Keys DynamoDB leaves unprocessed (throttling) are asked for again this many times, then the message is retried. */
  private static final int BATCH_ATTEMPTS = 5;

  /** Items read by key, and the read capacity DynamoDB reports for them. */
  record Items(List<Map<String, AttributeValue>> items, double readUnits) {}

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

  /**
   * The pool item of each worker's or job's newest version, looked up by id: their state items, then one pool item
   * of each that is in some pool (any of them carries the whole record), two strongly consistent BatchGetItems.
   * Left out: an id with no state (its message is still to come), one in no pool, and one whose pool item is of
   * another version than its state (a change still being written; its own message does the rest).
   *
   * @param idAttribute the attribute naming the worker or job on both the state and the pool items
   * @param poolItemKey the key of the pool item of an id in a pool, from the pool's key
   */
  Items current(Collection<Map<String, AttributeValue>> stateKeys, String idAttribute,
      BiFunction<String, String, Map<String, AttributeValue>> poolItemKey) {
    Items states = byKeys(stateKeys);
    Map<String, Long> versions = new HashMap<>();
    List<Map<String, AttributeValue>> itemKeys = new ArrayList<>();
    for (Map<String, AttributeValue> state : states.items()) {
      String id = string(state, idAttribute);
      strings(state, CandidatesTable.POOL_KEYS).stream().min(Comparator.naturalOrder()).ifPresent(poolKey -> {
        itemKeys.add(poolItemKey.apply(id, poolKey));
        versions.put(id, number(state, CandidatesTable.VERSION));
      });
    }
    Items items = byKeys(itemKeys);
    List<Map<String, AttributeValue>> current = items.items().stream()
        .filter(item -> Long.valueOf(number(item, CandidatesTable.VERSION)).equals(versions.get(string(item, idAttribute))))
        .toList();
    return new Items(current, states.readUnits() + items.readUnits());
  }

  /**
   * Items by key (a worker's profile state, a job's listing), read strongly consistent, a hundred keys to a
   * BatchGetItem; keys with no item are left out. Never a Scan.
   */
  Items byKeys(Collection<Map<String, AttributeValue>> keys) {
    List<Map<String, AttributeValue>> distinct = new ArrayList<>(new LinkedHashSet<>(keys));
    List<Map<String, AttributeValue>> found = new ArrayList<>();
    double units = 0;
    for (int from = 0; from < distinct.size(); from += KEYS_PER_BATCH) {
      KeysAndAttributes wanted = KeysAndAttributes.builder()
          .keys(distinct.subList(from, Math.min(from + KEYS_PER_BATCH, distinct.size()))).consistentRead(true).build();
      for (int attempt = 1; wanted != null; attempt++) {
        if (attempt > BATCH_ATTEMPTS) {
          throw new IllegalStateException("DynamoDB left keys unprocessed " + BATCH_ATTEMPTS + " times; the message will be retried");
        }
        KeysAndAttributes ask = wanted;
        BatchGetItemResponse response = dynamoDb.batchGetItem(r -> r.requestItems(Map.of(tableName, ask))
            .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        found.addAll(response.responses().getOrDefault(tableName, List.of()));
        if (response.hasConsumedCapacity()) {
          units += response.consumedCapacity().stream().map(ConsumedCapacity::capacityUnits)
              .filter(Objects::nonNull).mapToDouble(Double::doubleValue).sum();
        }
        wanted = response.hasUnprocessedKeys() ? response.unprocessedKeys().get(tableName) : null;
        if (wanted != null && wanted.hasKeys() && !wanted.keys().isEmpty()) {
          pause(attempt);
        } else {
          wanted = null;
        }
      }
    }
    return new Items(found, units);
  }

  /** Backs off before asking again for keys DynamoDB did not process (it was throttling). */
  private static void pause(int attempt) {
    try {
      Thread.sleep(50L << attempt);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading by key", interrupted);
    }
  }
}
