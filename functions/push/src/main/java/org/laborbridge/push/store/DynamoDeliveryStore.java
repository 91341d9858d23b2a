package org.laborbridge.push.store;

import org.laborbridge.push.domain.DeliveryRecord;
import org.laborbridge.push.domain.DeliveryState;
import org.laborbridge.push.domain.DeliveryStore;
import org.laborbridge.push.domain.WebhookDelivery;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.laborbridge.platform.dynamo.Attributes.n;
import static org.laborbridge.platform.dynamo.Attributes.s;
import static org.laborbridge.push.store.DeliveriesTable.ATTEMPTS;
import static org.laborbridge.push.store.DeliveriesTable.CLAIMED_UNTIL;
import static org.laborbridge.push.store.DeliveriesTable.CREATED_AT;
import static org.laborbridge.push.store.DeliveriesTable.ENDPOINT_ID;
import static org.laborbridge.push.store.DeliveriesTable.EVENT_TYPE;
import static org.laborbridge.push.store.DeliveriesTable.EXPIRES_AT;
import static org.laborbridge.push.store.DeliveriesTable.ID;
import static org.laborbridge.push.store.DeliveriesTable.LAST_ATTEMPT_AT;
import static org.laborbridge.push.store.DeliveriesTable.LAST_STATUS;
import static org.laborbridge.push.store.DeliveriesTable.NEXT_ATTEMPT_AT;
import static org.laborbridge.push.store.DeliveriesTable.OUTCOME;
import static org.laborbridge.push.store.DeliveriesTable.PK;
import static org.laborbridge.push.store.DeliveriesTable.RETRY_QUEUED;
import static org.laborbridge.push.store.DeliveriesTable.present;
import static org.laborbridge.push.store.Items.time;

/**
 * One status item per webhook delivery. Each attempt is claimed with one conditional update before anything is
 * sent, so two copies of the same message cannot both send, and a message for an attempt already made sends
 * nothing.
 */
public final class DynamoDeliveryStore implements DeliveryStore {

  /** Long past the last retry (about three days after the first attempt) and the queue's retention (four days). */
  static final Duration RETENTION = Duration.ofDays(30);

  private final DynamoDbClient dynamoDb;
  private final String tableName;

  public DynamoDeliveryStore(DynamoDbClient dynamoDb, String tableName) {
    this.dynamoDb = dynamoDb;
    this.tableName = tableName;
  }

  @Override
  public Optional<DeliveryRecord> find(String id) {
    return present(dynamoDb.getItem(r -> r.tableName(tableName).key(DeliveriesTable.deliveryKey(id)).consistentRead(true)).item())
        .map(DeliveriesTable::toDelivery);
  }

  @Override
  public boolean claim(WebhookDelivery delivery, Instant now, Instant claimedUntil) {
    Map<String, String> names = new HashMap<>(Map.of("#pk", PK, "#id", ID, "#endpoint", ENDPOINT_ID, "#type", EVENT_TYPE,
        "#attempts", ATTEMPTS, "#outcome", OUTCOME, "#claimed", CLAIMED_UNTIL, "#created", CREATED_AT, "#expires", EXPIRES_AT));
    Map<String, AttributeValue> values = new HashMap<>();
    values.put(":id", s(delivery.id()));
    values.put(":endpoint", s(delivery.endpointId()));
    values.put(":type", s(delivery.eventType()));
    values.put(":attempt", n(delivery.attempt()));
    values.put(":previous", n(delivery.attempt() - 1L));
    values.put(":sending", s(DeliveryState.SENDING.name()));
    values.put(":retrying", s(DeliveryState.RETRYING.name()));
    values.put(":until", n(claimedUntil.toEpochMilli()));
    values.put(":nowMillis", n(now.toEpochMilli()));
    values.put(":now", time(now));
    values.put(":expires", DeliveriesTable.epochSeconds(now.plus(RETENTION)));
    try {
      dynamoDb.updateItem(r -> r.tableName(tableName).key(DeliveriesTable.deliveryKey(delivery.id()))
          .updateExpression("SET #id = :id, #endpoint = :endpoint, #type = :type, #attempts = :attempt,"
              + " #outcome = :sending, #claimed = :until, #created = if_not_exists(#created, :now),"
              + " #expires = if_not_exists(#expires, :expires)")
          .conditionExpression("attribute_not_exists(#pk)"
              + " OR (#attempts = :previous AND #outcome = :retrying)"
              + " OR (#attempts = :attempt AND #outcome = :sending AND #claimed < :nowMillis)")
          .expressionAttributeNames(names)
          .expressionAttributeValues(values));
      return true;
    } catch (ConditionalCheckFailedException takenOrDone) {
      return false;
    }
  }

  @Override
  public void recordAttempt(WebhookDelivery delivery, String lastStatus, Instant at, DeliveryState state,
      Optional<Instant> nextAttemptAt) {
    Map<String, String> names = new HashMap<>(Map.of("#attempts", ATTEMPTS, "#status", LAST_STATUS, "#at", LAST_ATTEMPT_AT,
        "#outcome", OUTCOME, "#claimed", CLAIMED_UNTIL, "#next", NEXT_ATTEMPT_AT));
    Map<String, AttributeValue> values = new HashMap<>(Map.of(":attempt", n(delivery.attempt()), ":status", s(lastStatus),
        ":at", time(at), ":outcome", s(state.name())));
    String update = "SET #status = :status, #at = :at, #outcome = :outcome";
    if (nextAttemptAt.isPresent()) {
      update += ", #next = :next REMOVE #claimed";
      values.put(":next", time(nextAttemptAt.get()));
    } else {
      update += " REMOVE #claimed, #next";
    }
    String expression = update;
    try {
      dynamoDb.updateItem(r -> r.tableName(tableName).key(DeliveriesTable.deliveryKey(delivery.id()))
          .updateExpression(expression)
          .conditionExpression("#attempts = :attempt")
          .expressionAttributeNames(names)
          .expressionAttributeValues(values));
    } catch (ConditionalCheckFailedException movedOn) {
      // A later attempt holds the record; its outcome is the newer one.
    }
  }

  @Override
  public void retryQueued(String deliveryId, int attempt) {
    dynamoDb.updateItem(r -> r.tableName(tableName).key(DeliveriesTable.deliveryKey(deliveryId))
        .updateExpression("SET #queued = :attempt")
        .conditionExpression("attribute_exists(#pk)")
        .expressionAttributeNames(Map.of("#queued", RETRY_QUEUED, "#pk", PK))
        .expressionAttributeValues(Map.of(":attempt", n(attempt))));
  }
}
