package org.laborbridge.transfers.store;

import org.laborbridge.platform.dynamo.QueryPages;
import org.laborbridge.transfers.domain.DeadlineFlag;
import org.laborbridge.transfers.domain.Document;
import org.laborbridge.transfers.domain.DocumentStore;
import org.laborbridge.transfers.domain.TransferRequest;
import org.laborbridge.transfers.domain.TransferStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.laborbridge.platform.dynamo.Attributes.n;
import static org.laborbridge.platform.dynamo.Attributes.s;

/** Transfers, their documents, the open slots and the deadline index in DynamoDB; see {@link TransfersTable}. */
public final class DynamoTransferStore implements TransferStore, DocumentStore {

  private final DynamoDbClient dynamoDb;
  private final String tableName;

  public DynamoTransferStore(DynamoDbClient dynamoDb, String tableName) {
    this.dynamoDb = dynamoDb;
    this.tableName = tableName;
  }

  @Override
  public Optional<TransferRequest> find(String id) {
    // Consistent: a decision is taken on the version just written, never on a stale copy.
    Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(tableName)
        .key(TransfersTable.transferKey(id)).consistentRead(true)).item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(TransfersTable.toTransfer(item));
  }

  @Override
  public boolean insert(TransferRequest transfer) {
    try {
      dynamoDb.putItem(r -> r.tableName(tableName).item(TransfersTable.toItem(transfer))
          .conditionExpression("attribute_not_exists(#pk)")
          .expressionAttributeNames(Map.of("#pk", TransfersTable.PK)));
      return true;
    } catch (ConditionalCheckFailedException taken) {
      return false;
    }
  }

  /** The whole item, over the version it was read at: the state, its trail line and the indexes change together. */
  @Override
  public boolean replace(TransferRequest next, long expectedVersion) {
    try {
      dynamoDb.putItem(r -> r.tableName(tableName).item(TransfersTable.toItem(next))
          .conditionExpression("#version = :expected")
          .expressionAttributeNames(Map.of("#version", TransfersTable.VERSION))
          .expressionAttributeValues(Map.of(":expected", n(expectedVersion))));
      return true;
    } catch (ConditionalCheckFailedException changedMeanwhile) {
      return false;
    }
  }

  @Override
  public Optional<OpenSlot> claimOpenSlot(String workerId, String transferId, Instant now) {
    // Two rounds: a slot freed between the refused claim and the read of its holder is claimed on the second.
    for (int round = 1; ; round++) {
      try {
        dynamoDb.putItem(r -> r.tableName(tableName).item(TransfersTable.slotItem(workerId, transferId, now))
            .conditionExpression("attribute_not_exists(#pk) OR #transfer = :transfer")
            .expressionAttributeNames(Map.of("#pk", TransfersTable.PK, "#transfer", TransfersTable.TRANSFER_ID))
            .expressionAttributeValues(Map.of(":transfer", s(transferId))));
        return Optional.empty();
      } catch (ConditionalCheckFailedException held) {
        Map<String, AttributeValue> holder = dynamoDb.getItem(r -> r.tableName(tableName)
            .key(TransfersTable.slotKey(workerId)).consistentRead(true)).item();
        if (holder != null && !holder.isEmpty()) {
          return Optional.of(new OpenSlot(holder.get(TransfersTable.TRANSFER_ID).s(),
              Instant.parse(holder.get(TransfersTable.CLAIMED_AT).s())));
        }
        if (round == 2) {
          throw new IllegalStateException("the open slot of a worker keeps changing");
        }
      }
    }
  }

  @Override
  public boolean takeOverOpenSlot(String workerId, String staleTransferId, String transferId, Instant now) {
    try {
      dynamoDb.putItem(r -> r.tableName(tableName).item(TransfersTable.slotItem(workerId, transferId, now))
          .conditionExpression("#transfer = :stale")
          .expressionAttributeNames(Map.of("#transfer", TransfersTable.TRANSFER_ID))
          .expressionAttributeValues(Map.of(":stale", s(staleTransferId))));
      return true;
    } catch (ConditionalCheckFailedException someoneElse) {
      return false;
    }
  }

  @Override
  public void releaseOpenSlot(String workerId, String transferId) {
    try {
      dynamoDb.deleteItem(r -> r.tableName(tableName).key(TransfersTable.slotKey(workerId))
          .conditionExpression("#transfer = :transfer")
          .expressionAttributeNames(Map.of("#transfer", TransfersTable.TRANSFER_ID))
          .expressionAttributeValues(Map.of(":transfer", s(transferId))));
    } catch (ConditionalCheckFailedException heldByAnotherOrGone) {
      // Released already, or a newer application holds it: either way it is not ours to free.
    }
  }

  @Override
  public List<String> dueOn(DeadlineFlag.Deadline deadline, LocalDate day) {
    String pk = TransfersTable.indexPk(deadline);
    QueryRequest query = QueryRequest.builder().tableName(tableName).indexName(TransfersTable.indexOf(deadline))
        .keyConditionExpression("#pk = :day")
        .expressionAttributeNames(Map.of("#pk", pk))
        .expressionAttributeValues(Map.of(":day", s(TransfersTable.duePartition(deadline, day))))
        .build();
    List<String> ids = new ArrayList<>();
    QueryPages.forEachPage(dynamoDb, query, page -> page.items().forEach(item ->
        ids.add(item.get(TransfersTable.PK).s().substring(TransfersTable.TRANSFER_PREFIX.length()))));
    return ids;
  }

  @Override
  public Optional<LocalDate> deadlinesCheckedThrough() {
    Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(tableName).key(TransfersTable.markKey())
        .consistentRead(true)).item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(item.get(TransfersTable.DAY).s()));
  }

  /** ISO dates compare as text in date order, so "only forward" is one condition. */
  @Override
  public void markDeadlinesChecked(LocalDate through) {
    try {
      dynamoDb.updateItem(r -> r.tableName(tableName).key(TransfersTable.markKey())
          .updateExpression("SET #day = :day")
          .conditionExpression("attribute_not_exists(#day) OR #day < :day")
          .expressionAttributeNames(Map.of("#day", TransfersTable.DAY))
          .expressionAttributeValues(Map.of(":day", s(through.toString()))));
    } catch (ConditionalCheckFailedException alreadyFurther) {
      // A concurrent run got further: its mark stands.
    }
  }

  @Override
  public void add(Document document, int number) {
    dynamoDb.putItem(r -> r.tableName(tableName).item(TransfersTable.documentItem(document, number)));
  }

  @Override
  public List<Document> documents(String transferId) {
    QueryRequest query = QueryRequest.builder().tableName(tableName)
        .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
        .expressionAttributeNames(Map.of("#pk", TransfersTable.PK, "#sk", TransfersTable.SK))
        .expressionAttributeValues(Map.of(":pk", s(TransfersTable.TRANSFER_PREFIX + transferId),
            ":prefix", s(TransfersTable.DOCUMENT_PREFIX)))
        .build();
    List<Document> documents = new ArrayList<>();
    QueryPages.forEachPage(dynamoDb, query, page -> page.items().forEach(item -> documents.add(TransfersTable.toDocument(item))));
    return documents;
  }
}
