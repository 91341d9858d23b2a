package org.laborbridge.push.store;

import org.laborbridge.platform.dynamo.Attributes;
import org.laborbridge.push.domain.DeferredMessage;
import org.laborbridge.push.domain.DeferredStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.laborbridge.platform.dynamo.Attributes.s;
import static org.laborbridge.push.store.DeliveriesTable.HOUR;
import static org.laborbridge.push.store.DeliveriesTable.PK;
import static org.laborbridge.push.store.DeliveriesTable.SK;
import static org.laborbridge.push.store.DeliveriesTable.present;

/** Parked messages in hour partitions by due time (UTC), and the release marker. */
public final class DynamoDeferredStore implements DeferredStore {

  private final DynamoDbClient dynamoDb;
  private final String tableName;

  public DynamoDeferredStore(DynamoDbClient dynamoDb, String tableName) {
    this.dynamoDb = dynamoDb;
    this.tableName = tableName;
  }

  /** Unconditional: the key is the due time and the message id, so parking twice writes the same item. */
  @Override
  public void park(DeferredMessage message) {
    dynamoDb.putItem(r -> r.tableName(tableName).item(DeliveriesTable.deferredItem(message)));
  }

  @Override
  public Optional<Instant> releasedThrough() {
    return present(dynamoDb.getItem(r -> r.tableName(tableName).key(DeliveriesTable.markerKey()).consistentRead(true)).item())
        .flatMap(item -> Attributes.optionalString(item, HOUR))
        .map(DeliveriesTable::parseHour);
  }

  /** Monotonic: hour texts sort as hours do, so a slower, concurrent run cannot move the marker back. */
  @Override
  public void advanceTo(Instant hour) {
    try {
      dynamoDb.updateItem(r -> r.tableName(tableName).key(DeliveriesTable.markerKey())
          .updateExpression("SET #hour = :hour")
          .conditionExpression("attribute_not_exists(#hour) OR #hour < :hour")
          .expressionAttributeNames(Map.of("#hour", HOUR))
          .expressionAttributeValues(Map.of(":hour", s(DeliveriesTable.hourText(hour)))));
    } catch (ConditionalCheckFailedException alreadyFurther) {
      // Another run got further; its marker stands.
    }
  }

  /**
   * Due means a sort key before the next millisecond's: {@code dueAt#id} with dueAt at or before now. Reads on
   * past DynamoDB's 1 MB pages, so that fewer than {@code max} messages always means the due part is exhausted.
   */
  @Override
  public List<DeferredMessage> due(Instant hour, Instant now, int max) {
    List<DeferredMessage> due = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      Map<String, AttributeValue> from = start;
      QueryResponse page = dynamoDb.query(r -> r.tableName(tableName)
          .keyConditionExpression("#pk = :pk AND #sk < :after")
          .expressionAttributeNames(Map.of("#pk", PK, "#sk", SK))
          .expressionAttributeValues(Map.of(":pk", s(DeliveriesTable.hourPartition(hour)),
              ":after", s(Items.sortable(now.plusMillis(1)))))
          .consistentRead(true)
          .exclusiveStartKey(from)
          .limit(max - due.size()));
      page.items().forEach(item -> due.add(DeliveriesTable.toDeferred(item)));
      start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
    } while (start != null && due.size() < max);
    return due;
  }

  @Override
  public void remove(DeferredMessage message) {
    dynamoDb.deleteItem(r -> r.tableName(tableName).key(DeliveriesTable.deferredKey(message)));
  }
}
