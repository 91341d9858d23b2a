package org.laborbridge.transfers.store;

import org.laborbridge.platform.dynamo.QueryPages;
import org.laborbridge.transfers.domain.DeadlineFlag;
import org.laborbridge.transfers.domain.Document;
import org.laborbridge.transfers.domain.DocumentStore;
import org.laborbridge.transfers.domain.TransferRequest;
import org.laborbridge.transfers.domain.TransferLists;
import org.laborbridge.transfers.domain.TransferStore;
import org.laborbridge.transfers.domain.TransferSummary;
import org.laborbridge.transfers.domain.Party;
import org.laborbridge.platform.dynamo.KeyCursor;
import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;
import org.laborbridge.shared.region.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.laborbridge.platform.dynamo.Attributes.n;
import static org.laborbridge.platform.dynamo.Attributes.s;

/** Transfers, their documents, the open slots, the deadline indexes and the lists in DynamoDB; see {@link TransfersTable}. */
public final class DynamoTransferStore implements TransferStore, DocumentStore, TransferLists {

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

  @Override
  public Page<TransferSummary> ofRegion(Party side, Region region, Filter filter, PageRequest page) {
    TransfersTable.ListIndex index = switch (side) {
      case TRANSFER_IN -> TransfersTable.BY_TRANSFER_IN;
      case TRANSFER_OUT -> TransfersTable.BY_TRANSFER_OUT;
      default -> throw new IllegalArgumentException("no list of the " + side + " side");
    };
    return list(index, index.partition(region.code()), filter, page);
  }

  @Override
  public Page<TransferSummary> ofWorker(String workerId, Filter filter, PageRequest page) {
    return list(TransfersTable.BY_WORKER, TransfersTable.BY_WORKER.partition(workerId), filter, page);
  }

  /**
   * One page of an index partition, newest application first. The state and the overdue mark are filters on the
   * projected attributes: QueryPages reads on until the page is full (or a bounded number of reads), and the
   * cursor is the key after the last item returned, checked to lie in this partition before it is used.
   */
  private Page<TransferSummary> list(TransfersTable.ListIndex index, String partition, Filter filter, PageRequest page) {
    Map<String, String> names = new HashMap<>(Map.of("#pk", index.pk()));
    Map<String, AttributeValue> values = new HashMap<>(Map.of(":pk", s(partition)));
    List<String> conditions = new ArrayList<>();
    filter.state().ifPresent(state -> {
      names.put("#state", TransfersTable.STATE);
      values.put(":state", s(state.name()));
      conditions.add("#state = :state");
    });
    if (filter.overdueOnly()) {
      names.put("#flags", TransfersTable.FLAGS);
      values.put(":none", n(0));
      conditions.add("size(#flags) > :none");
    }
    QueryRequest.Builder query = QueryRequest.builder().tableName(tableName).indexName(index.name())
        .keyConditionExpression("#pk = :pk").scanIndexForward(false)
        .expressionAttributeNames(names).expressionAttributeValues(values);
    if (!conditions.isEmpty()) {
      query.filterExpression(String.join(" AND ", conditions));
    }
    Map<String, AttributeValue> startAfter = page.cursor()
        .map(cursor -> KeyCursor.decode(cursor, index.resumeKey(), key -> index.holds(key, partition)))
        .orElse(Map.of());
    QueryPages.Slice slice = QueryPages.read(dynamoDb, query.build(), startAfter, page.limit(), index.resumeKey());
    return new Page<>(slice.items().stream().map(TransfersTable::toSummary).toList(),
        slice.resumeAfter().map(KeyCursor::encode));
  }
}
