package org.laborbridge.platform.dynamo;

import org.laborbridge.shared.webhook.WebhookReceipts;
import org.laborbridge.shared.webhook.WebhookReceiver;
import org.laborbridge.shared.webhook.WebhookReply;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Webhook receipts as one DynamoDB item per delivery, in whichever table and under whichever key the owning
 * function's ...Table class chooses. An answered delivery holds {@code status}, {@code body} and {@code expiresAt}
 * (the table's TTL attribute, epoch seconds); a delivery being handled holds only {@code claimedUntil} and
 * {@code expiresAt} (a claim). Every write is one conditional item write.
 */
public final class DynamoWebhookReceipts implements WebhookReceipts {

  public static final String STATUS = "status";
  public static final String BODY = "body";
  public static final String CLAIMED_UNTIL = "claimedUntil";
  public static final String EXPIRES_AT = "expiresAt";

  private final DynamoDbClient dynamoDb;
  private final String tableName;
  private final BiFunction<String, String, Map<String, AttributeValue>> keyOf;

  /** @param keyOf the item key of a delivery, from the sender's id and the webhook id */
  public DynamoWebhookReceipts(DynamoDbClient dynamoDb, String tableName,
      BiFunction<String, String, Map<String, AttributeValue>> keyOf) {
    this.dynamoDb = dynamoDb;
    this.tableName = tableName;
    this.keyOf = keyOf;
  }

  @Override
  public Optional<WebhookReply> receipt(String senderId, String webhookId, Instant now) {
    Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(tableName)
        .key(keyOf.apply(senderId, webhookId)).consistentRead(true)).item();
    if (item == null || item.isEmpty() || !item.containsKey(STATUS)) {
      return Optional.empty();
    }
    // TTL deletes late in the cloud and never locally: an expired receipt is no receipt.
    boolean expired = Attributes.number(item, EXPIRES_AT) < now.getEpochSecond();
    return expired ? Optional.empty()
        : Optional.of(new WebhookReply((int) Attributes.number(item, STATUS), Attributes.optionalString(item, BODY).orElse(null)));
  }

  /** One conditional put: free, lapsed or expired slots can be claimed; a live claim or an answer cannot. */
  @Override
  public boolean claimDelivery(String senderId, String webhookId, Instant now, Instant claimedUntil) {
    Map<String, AttributeValue> item = new HashMap<>(keyOf.apply(senderId, webhookId));
    item.put(CLAIMED_UNTIL, Attributes.n(claimedUntil.getEpochSecond()));
    // As long as an answer would live: the record of a claim whose attempt never answers goes the same way.
    item.put(EXPIRES_AT, Attributes.n(now.plus(WebhookReceiver.RECEIPT_RETENTION).getEpochSecond()));
    try {
      // Every receipt and claim item has expiresAt, so its absence means no item at all.
      dynamoDb.putItem(r -> r.tableName(tableName).item(item)
          .conditionExpression("attribute_not_exists(#expires) OR #expires < :now"
              + " OR (attribute_not_exists(#status) AND #claimedUntil < :now)")
          .expressionAttributeNames(Map.of("#expires", EXPIRES_AT, "#status", STATUS, "#claimedUntil", CLAIMED_UNTIL))
          .expressionAttributeValues(Map.of(":now", Attributes.n(now.getEpochSecond()))));
      return true;
    } catch (ConditionalCheckFailedException heldOrAnswered) {
      return false;
    }
  }

  /** Deletes the claim only: an answer, once given, stays. */
  @Override
  public void releaseDelivery(String senderId, String webhookId) {
    try {
      dynamoDb.deleteItem(r -> r.tableName(tableName).key(keyOf.apply(senderId, webhookId))
          .conditionExpression("attribute_not_exists(#status)")
          .expressionAttributeNames(Map.of("#status", STATUS)));
    } catch (ConditionalCheckFailedException answered) {
      // Another attempt answered meanwhile; its answer stands.
    }
  }

  /**
   * Unconditional: the receiver asks for a receipt before handling, so a write here either is the first or
   * follows a racing delivery of the same id whose handling was idempotent; either answer is a right one.
   */
  @Override
  public void rememberReceipt(String senderId, String webhookId, WebhookReply reply, Instant expiresAt) {
    Map<String, AttributeValue> item = new HashMap<>(keyOf.apply(senderId, webhookId));
    item.put(STATUS, Attributes.n(reply.status()));
    Attributes.putOptional(item, BODY, reply.body());
    item.put(EXPIRES_AT, Attributes.n(expiresAt.getEpochSecond()));
    dynamoDb.putItem(r -> r.tableName(tableName).item(item));
  }
}
