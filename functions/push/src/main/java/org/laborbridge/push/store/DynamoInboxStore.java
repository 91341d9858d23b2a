package org.laborbridge.push.store;

import org.laborbridge.platform.dynamo.Attributes;
import org.laborbridge.platform.dynamo.QueryPages;
import org.laborbridge.push.domain.InboxEntry;
import org.laborbridge.push.domain.InboxStore;
import org.laborbridge.push.domain.JobAccess;
import org.laborbridge.push.domain.JobReach;
import org.laborbridge.push.domain.PushTopic;
import org.laborbridge.push.domain.ReachEntry;
import org.laborbridge.push.domain.ReachStatus;
import org.laborbridge.push.domain.Recipient;
import org.laborbridge.push.domain.WorkerAccess;
import org.laborbridge.push.domain.WorkerPush;
import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.laborbridge.platform.dynamo.Attributes.bool;
import static org.laborbridge.platform.dynamo.Attributes.s;
import static org.laborbridge.push.store.DeliveriesTable.DEFERRED_UNTIL;
import static org.laborbridge.push.store.DeliveriesTable.KIND;
import static org.laborbridge.push.store.DeliveriesTable.PK;
import static org.laborbridge.push.store.DeliveriesTable.PUSHED_AT;
import static org.laborbridge.push.store.DeliveriesTable.READ;
import static org.laborbridge.push.store.DeliveriesTable.READ_AT;
import static org.laborbridge.push.store.DeliveriesTable.SK;
import static org.laborbridge.push.store.DeliveriesTable.STATUS;
import static org.laborbridge.push.store.DeliveriesTable.present;
import static org.laborbridge.push.store.Items.time;

/** Inboxes, reach and the access records beside them, in DynamoDB; see {@link DeliveriesTable} for the layout. */
public final class DynamoInboxStore implements InboxStore {

  private final DynamoDbClient dynamoDb;
  private final String tableName;

  public DynamoInboxStore(DynamoDbClient dynamoDb, String tableName) {
    this.dynamoDb = dynamoDb;
    this.tableName = tableName;
  }

  @Override
  public void rememberWorker(Recipient worker) {
    dynamoDb.putItem(r -> r.tableName(tableName).item(DeliveriesTable.workerItem(worker)));
  }

  @Override
  public void rememberJob(JobAccess job) {
    dynamoDb.putItem(r -> r.tableName(tableName).item(DeliveriesTable.jobItem(job)));
  }

  @Override
  public Optional<WorkerAccess> worker(String workerId) {
    return get(DeliveriesTable.workerKey(workerId)).map(DeliveriesTable::toWorkerAccess);
  }

  @Override
  public Optional<JobAccess> job(String jobId) {
    return get(DeliveriesTable.jobKey(jobId)).map(DeliveriesTable::toJobAccess);
  }

  @Override
  public Optional<ReachEntry> reach(PushTopic topic, String workerId) {
    return get(DeliveriesTable.reachKey(topic, workerId)).map(DeliveriesTable::toReach);
  }

  /** Conditional: a push already made stays made, whatever a late or repeated deferral says. */
  @Override
  public void markDeferred(WorkerPush push, Instant until) {
    writeReach(push, ReachStatus.DEFERRED, "#until = :until", "", "attribute_not_exists(#pk) OR #status = :status",
        Map.of("#until", DEFERRED_UNTIL), Map.of(":until", time(until)));
    // A failed condition is the named outcome "pushed meanwhile": nothing to defer.
  }

  /** Conditional: only a push not yet made (absent or deferred) becomes EXPIRED. */
  @Override
  public void markExpired(WorkerPush push) {
    writeReach(push, ReachStatus.EXPIRED, "", " REMOVE #until", "attribute_not_exists(#pk) OR #status <> :pushed",
        Map.of("#until", DEFERRED_UNTIL), Map.of(":pushed", s(ReachStatus.PUSHED.name())));
    // A failed condition: it was pushed before it expired; that stands.
  }

  /** Unconditional and idempotent: the first push time is kept by if_not_exists and returned. */
  @Override
  public Instant markPushed(WorkerPush push, Instant now) {
    Map<String, AttributeValue> after = writeReach(push, ReachStatus.PUSHED, "#pushedAt = if_not_exists(#pushedAt, :now)",
        " REMOVE #until", null, Map.of("#pushedAt", PUSHED_AT, "#until", DEFERRED_UNTIL), Map.of(":now", time(now)))
        .orElseThrow();
    return Instant.parse(Attributes.string(after, PUSHED_AT));
  }

  /**
   * One write of a push's reach item: the status, what goes with it ({@code set}, {@code remove}), the push's
   * identity (topic, worker, home region), and {@code read} kept. Empty when {@code condition} (if any) failed.
   */
  private Optional<Map<String, AttributeValue>> writeReach(WorkerPush push, ReachStatus status, String set, String remove,
      String condition, Map<String, String> names, Map<String, AttributeValue> values) {
    Map<String, String> allNames = new HashMap<>(names);
    Map<String, AttributeValue> allValues = new HashMap<>(values);
    StringBuilder update = new StringBuilder("SET #status = :status, #read = if_not_exists(#read, :false)");
    allNames.putAll(Map.of("#status", STATUS, "#read", READ));
    allValues.putAll(Map.of(":status", s(status.name()), ":false", bool(false)));
    if (!set.isEmpty()) {
      update.append(", ").append(set);
    }
    int i = 0;
    for (Map.Entry<String, AttributeValue> attribute : DeliveriesTable.reachIdentity(push).entrySet()) {
      update.append(", #id").append(i).append(" = :id").append(i);
      allNames.put("#id" + i, attribute.getKey());
      allValues.put(":id" + i, attribute.getValue());
      i++;
    }
    update.append(remove);
    if (condition != null) {
      allNames.put("#pk", PK);
    }
    try {
      return Optional.of(dynamoDb.updateItem(r -> r.tableName(tableName).key(DeliveriesTable.reachKey(push.topic(), push.workerId()))
          .updateExpression(update.toString()).conditionExpression(condition)
          .expressionAttributeNames(allNames).expressionAttributeValues(allValues)
          .returnValues(ReturnValue.ALL_NEW)).attributes());
    } catch (ConditionalCheckFailedException conditionFailed) {
      return Optional.empty();
    }
  }

  /** Conditional: a repeat must not reset an entry the worker has read. */
  @Override
  public boolean addToInbox(WorkerPush push, Instant pushedAt) {
    try {
      dynamoDb.putItem(r -> r.tableName(tableName).item(DeliveriesTable.inboxItem(push, pushedAt))
          .conditionExpression("attribute_not_exists(#pk)")
          .expressionAttributeNames(Map.of("#pk", PK)));
      return true;
    } catch (ConditionalCheckFailedException alreadyThere) {
      return false;
    }
  }

  @Override
  public Page<InboxEntry> inbox(String workerId, boolean unreadOnly, Optional<PushTopic.Kind> kind, PageRequest page) {
    String partition = DeliveriesTable.inboxPk(workerId);
    Map<String, String> names = new HashMap<>(Map.of("#pk", PK));
    Map<String, AttributeValue> values = new HashMap<>(Map.of(":pk", s(partition)));
    QueryRequest.Builder query = QueryRequest.builder().tableName(tableName)
        .keyConditionExpression("#pk = :pk")
        .scanIndexForward(false);
    // Filters, read in larger steps by QueryPages: inboxes are tens of entries, seldom more.
    List<String> filters = new ArrayList<>();
    if (unreadOnly) {
      filters.add("#read = :false");
      names.put("#read", READ);
      values.put(":false", bool(false));
    }
    kind.ifPresent(wanted -> {
      // Entries written before campaign messages existed carry no kind: they are jobs.
      filters.add(wanted == PushTopic.Kind.JOB ? "(attribute_not_exists(#kind) OR #kind = :kind)" : "#kind = :kind");
      names.put("#kind", KIND);
      values.put(":kind", s(wanted.name()));
    });
    if (!filters.isEmpty()) {
      query.filterExpression(String.join(" AND ", filters));
    }
    QueryPages.Slice slice = QueryPages.read(dynamoDb, query.expressionAttributeNames(names).expressionAttributeValues(values).build(),
        page.cursor().map(c -> Cursor.decode(c, partition, "")).orElse(Map.of()), page.limit(), DeliveriesTable.KEY);
    return new Page<>(slice.items().stream().map(DeliveriesTable::toInboxEntry).toList(), slice.resumeAfter().map(Cursor::encode));
  }

  /** Both the entry and the push's reach learn it was read; the first reading time stays. */
  @Override
  public Optional<InboxEntry> markRead(String workerId, PushTopic topic, Instant pushedAt, Instant now) {
    Map<String, AttributeValue> after;
    try {
      after = dynamoDb.updateItem(r -> r.tableName(tableName).key(DeliveriesTable.inboxKey(workerId, pushedAt, topic))
          .updateExpression("SET #read = :true, #readAt = if_not_exists(#readAt, :now)")
          .conditionExpression("attribute_exists(#pk)")
          .expressionAttributeNames(Map.of("#read", READ, "#readAt", READ_AT, "#pk", PK))
          .expressionAttributeValues(Map.of(":true", bool(true), ":now", time(now)))
          .returnValues(ReturnValue.ALL_NEW)).attributes();
    } catch (ConditionalCheckFailedException noEntry) {
      return Optional.empty();
    }
    try {
      dynamoDb.updateItem(r -> r.tableName(tableName).key(DeliveriesTable.reachKey(topic, workerId))
          .updateExpression("SET #read = :true")
          .conditionExpression("attribute_exists(#pk)")
          .expressionAttributeNames(Map.of("#read", READ, "#pk", PK))
          .expressionAttributeValues(Map.of(":true", bool(true))));
    } catch (ConditionalCheckFailedException noReach) {
      // The entry came from a reach item; if that is gone, there is nothing to count.
    }
    return Optional.of(DeliveriesTable.toInboxEntry(after));
  }

  /** Counts read the job's whole reach partition (top K per job, a few dozen items), then one page is read. */
  @Override
  public JobReach jobReach(String jobId, PageRequest page) {
    String partition = DeliveriesTable.JOB_PREFIX + jobId;
    QueryRequest reachQuery = QueryRequest.builder().tableName(tableName)
        .keyConditionExpression("#pk = :pk AND begins_with(#sk, :workers)")
        .expressionAttributeNames(Map.of("#pk", PK, "#sk", SK))
        .expressionAttributeValues(Map.of(":pk", s(partition), ":workers", s(DeliveriesTable.WORKER_PREFIX)))
        .build();
    int[] counts = new int[4];
    QueryPages.forEachPage(dynamoDb, reachQuery.toBuilder().projectionExpression("#status, #read")
        .expressionAttributeNames(Map.of("#pk", PK, "#sk", SK, "#status", STATUS, "#read", READ)).build(),
        reachPage -> reachPage.items().forEach(item -> {
          String status = Attributes.optionalString(item, STATUS).orElse("");
          if (ReachStatus.DEFERRED.name().equals(status)) {
            counts[0]++;
          } else if (ReachStatus.EXPIRED.name().equals(status)) {
            counts[2]++;
          } else {
            counts[1]++;
          }
          if (Attributes.bool(item, READ)) {
            counts[3]++;
          }
        }));
    QueryPages.Slice slice = QueryPages.read(dynamoDb, reachQuery,
        page.cursor().map(c -> Cursor.decode(c, partition, DeliveriesTable.WORKER_PREFIX)).orElse(Map.of()), page.limit(),
        DeliveriesTable.KEY);
    return new JobReach(jobId, counts[0], counts[1], counts[2], counts[3],
        new Page<>(slice.items().stream().map(DeliveriesTable::toReach).toList(), slice.resumeAfter().map(Cursor::encode)));
  }

  private Optional<Map<String, AttributeValue>> get(Map<String, AttributeValue> key) {
    return present(dynamoDb.getItem(r -> r.tableName(tableName).key(key).consistentRead(true)).item());
  }
}
