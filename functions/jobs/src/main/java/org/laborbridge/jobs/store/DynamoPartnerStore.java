package org.laborbridge.jobs.store;

import org.laborbridge.platform.dynamo.DynamoWebhookReceipts;
import org.laborbridge.platform.dynamo.Cursors;
import org.laborbridge.platform.dynamo.QueryPages;
import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;
import org.laborbridge.jobs.domain.Partner;
import org.laborbridge.jobs.domain.PartnerStore;
import org.laborbridge.shared.webhook.WebhookReply;
import org.laborbridge.shared.problem.NotFound;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.laborbridge.platform.dynamo.Attributes.s;

/** Partners and their answered webhook deliveries in DynamoDB; see {@link PartnersTable} for the layout. */
public final class DynamoPartnerStore implements PartnerStore {

  private final DynamoDbClient dynamoDb;
  private final String tableName;
  /** Answered deliveries live beside their partner's record, one partition per partner (PartnersTable). */
  private final DynamoWebhookReceipts receipts;

  public DynamoPartnerStore(DynamoDbClient dynamoDb, String tableName) {
    this.dynamoDb = dynamoDb;
    this.tableName = tableName;
    this.receipts = new DynamoWebhookReceipts(dynamoDb, tableName, PartnersTable::receiptKey);
  }

  @Override
  public boolean insert(Partner partner) {
    try {
      dynamoDb.putItem(r -> r.tableName(tableName).item(PartnersTable.toItem(partner))
          .conditionExpression("attribute_not_exists(#pk)")
          .expressionAttributeNames(Map.of("#pk", PartnersTable.PK)));
      return true;
    } catch (ConditionalCheckFailedException idTaken) {
      return false;
    }
  }

  @Override
  public Optional<Partner> find(String id) {
    // Consistent: a partner switched off or given new secrets must take effect on the next webhook.
    Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(tableName)
        .key(PartnersTable.partnerKey(id)).consistentRead(true)).item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(PartnersTable.toPartner(item));
  }

  /** Never creates a partner: replacing one that is not there is a NotFound, not a silent registration. */
  @Override
  public void replace(Partner partner) {
    try {
      dynamoDb.putItem(r -> r.tableName(tableName).item(PartnersTable.toItem(partner))
          .conditionExpression("attribute_exists(#pk)")
          .expressionAttributeNames(Map.of("#pk", PartnersTable.PK)));
    } catch (ConditionalCheckFailedException notThere) {
      throw new NotFound("partner", partner.id());
    }
  }

  @Override
  public Page<Partner> list(PageRequest page) {
    Map<String, AttributeValue> startAfter = page.cursor().map(DynamoPartnerStore::position).orElse(Map.of());
    QueryRequest query = QueryRequest.builder().tableName(tableName)
        .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
        .expressionAttributeNames(Map.of("#pk", PartnersTable.PK, "#sk", PartnersTable.SK))
        .expressionAttributeValues(Map.of(":pk", s(PartnersTable.PARTNERS_PK), ":prefix", s(PartnersTable.PARTNER_PREFIX)))
        .build();
    QueryPages.Slice slice = QueryPages.read(dynamoDb, query, startAfter, page.limit(), PartnersTable.KEY);
    return new Page<>(slice.items().stream().map(PartnersTable::toPartner).toList(), slice.resumeAfter().map(Cursor::encode));
  }

  private static Map<String, AttributeValue> position(String cursor) {
    Map<String, AttributeValue> key = Cursor.decode(cursor, PartnersTable.KEY, false).key();
    if (!key.get(PartnersTable.PK).s().equals(PartnersTable.PARTNERS_PK)
        || !key.get(PartnersTable.SK).s().startsWith(PartnersTable.PARTNER_PREFIX)) {
      throw Cursors.invalid();
    }
    return key;
  }

  @Override
  public Optional<WebhookReply> receipt(String partnerId, String webhookId, Instant now) {
    return receipts.receipt(partnerId, webhookId, now);
  }

  @Override
  public boolean claimDelivery(String partnerId, String webhookId, Instant now, Instant claimedUntil) {
    return receipts.claimDelivery(partnerId, webhookId, now, claimedUntil);
  }

  @Override
  public void releaseDelivery(String partnerId, String webhookId) {
    receipts.releaseDelivery(partnerId, webhookId);
  }

  @Override
  public void rememberReceipt(String partnerId, String webhookId, WebhookReply reply, Instant expiresAt) {
    receipts.rememberReceipt(partnerId, webhookId, reply, expiresAt);
  }
}
