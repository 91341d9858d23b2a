package org.laborbridge.push.store;

import org.laborbridge.platform.dynamo.Attributes;
import org.laborbridge.platform.dynamo.QueryPages;
import org.laborbridge.push.domain.InboxEntry;
import org.laborbridge.push.domain.InboxStore;
import org.laborbridge.push.domain.JobAccess;
import org.laborbridge.push.domain.JobReach;
import org.laborbridge.push.domain.JobSummary;
import org.laborbridge.push.domain.PushRequest;
import org.laborbridge.push.domain.ReachEntry;
import org.laborbridge.push.domain.ReachStatus;
import org.laborbridge.push.domain.Recipient;
import org.laborbridge.push.domain.WorkerAccess;
import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.laborbridge.platform.dynamo.Attributes.bool;
import static org.laborbridge.platform.dynamo.Attributes.s;
import static org.laborbridge.push.store.DeliveriesTable.DEFERRED_UNTIL;
import static org.laborbridge.push.store.DeliveriesTable.HOME_REGION;
import static org.laborbridge.push.store.DeliveriesTable.JOB_ID;
import static org.laborbridge.push.store.DeliveriesTable.PK;
import static org.laborbridge.push.store.DeliveriesTable.PUSHED_AT;
import static org.laborbridge.push.store.DeliveriesTable.READ;
import static org.laborbridge.push.store.DeliveriesTable.READ_AT;
import static org.laborbridge.push.store.DeliveriesTable.SK;
import static org.laborbridge.push.store.DeliveriesTable.STATUS;
import static org.laborbridge.push.store.DeliveriesTable.WORKER_ID;
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
  public void rememberJob(String jobId, JobSummary job) {
    dynamoDb.putItem(r -> r.tableName(tableName).item(DeliveriesTable.jobItem(jobId, job)));
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
  public Optional<ReachEntry> reach(String jobId, String workerId) {
    return get(DeliveriesTable.reachKey(jobId, workerId)).map(DeliveriesTable::toReach);
  }

  /** Conditional: a push already made stays made, whatever a late or repeated deferral says. */
  @Override
  public void markDeferred(PushRequest push, Instant until) {
    try {
      dynamoDb.updateItem(r -> r.tableName(tableName).key(DeliveriesTable.reachKey(push.jobId(), push.workerId()))
          .updateExpression("SET #status = :deferred, #until = :until, #job = :job, #worker = :worker, #home = :home,"
              + " #read = if_not_exists(#read, :false)")
          .conditionExpression("attribute_not_exists(#pk) OR #status = :deferred")
          .expressionAttributeNames(Map.of("#status", STATUS, "#until", DEFERRED_UNTIL, "#job", JOB_ID, "#worker", WORKER_ID,
              "#home", HOME_REGION, "#read", READ, "#pk", PK))
          .expressionAttributeValues(Map.of(":deferred", s(ReachStatus.DEFERRED.name()), ":until", time(until),
              ":job", s(push.jobId()), ":worker", s(push.workerId()), ":home", s(push.worker().homeRegion().code()),
              ":false", bool(false))));
    } catch (ConditionalCheckFailedException alreadyPushed) {
      // Named outcome: the push was made meanwhile; nothing to defer.
    }
  }

  /** Conditional: only a push not yet made (absent or deferred) becomes EXPIRED. */
  @Override
  public void markExpired(PushRequest push) {
    try {
      dynamoDb.updateItem(r -> r.tableName(tableName).key(DeliveriesTable.reachKey(push.jobId(), push.workerId()))
          .updateExpression("SET #status = :expired, #job = :job, #worker = :worker, #home = :home,"
              + " #read = if_not_exists(#read, :false) REMOVE #until")
          .conditionExpression("attribute_not_exists(#pk) OR #status <> :pushed")
          .expressionAttributeNames(Map.of("#status", STATUS, "#until", DEFERRED_UNTIL, "#job", JOB_ID, "#worker", WORKER_ID,
              "#home", HOME_REGION, "#read", READ, "#pk", PK))
          .expressionAttributeValues(Map.of(":expired", s(ReachStatus.EXPIRED.name()), ":pushed", s(ReachStatus.PUSHED.name()),
              ":job", s(push.jobId()), ":worker", s(push.workerId()), ":home", s(push.worker().homeRegion().code()),
              ":false", bool(false))));
    } catch (ConditionalCheckFailedException alreadyPushed) {
      // Named outcome: it was pushed before its job expired; that stands.
    }
  }

  /** Unconditional and idempotent: the first push time is kept by if_not_exists and returned. */
  @Override
  public Instant markPushed(PushRequest push, Instant now) {
    Map<String, AttributeValue> after = dynamoDb.updateItem(r -> r.tableName(tableName)
        .key(DeliveriesTable.reachKey(push.jobId(), push.workerId()))
        .updateExpression("SET #status = :pushed, #pushedAt = if_not_exists(#pushedAt, :now), #job = :job,"
            + " #worker = :worker, #home = :home, #read = if_not_exists(#read, :false) REMOVE #until")
        .expressionAttributeNames(Map.of("#status", STATUS, "#pushedAt", PUSHED_AT, "#job", JOB_ID, "#worker", WORKER_ID,
            "#home", HOME_REGION, "#read", READ, "#until", DEFERRED_UNTIL))
        .expressionAttributeValues(Map.of(":pushed", s(ReachStatus.PUSHED.name()), ":now", time(now),
            ":job", s(push.jobId()), ":worker", s(push.workerId()), ":home", s(push.worker().homeRegion().code()),
            ":false", bool(false)))
        .returnValues(ReturnValue.ALL_NEW)).attributes();
    return Instant.parse(Attributes.string(after, PUSHED_AT));
  }

  /** Conditional: a repeat must not reset an entry the worker has read. */
  @Override
  public boolean addToInbox(PushRequest push, Instant pushedAt) {
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
  public Page<InboxEntry> inbox(String workerId, boolean unreadOnly, PageRequest page) {
    String partition = DeliveriesTable.inboxPk(workerId);
    Map<String, String> names = new HashMap<>(Map.of("#pk", PK));
    Map<String, AttributeValue> values = new HashMap<>(Map.of(":pk", s(partition)));
    QueryRequest.Builder query = QueryRequest.builder().tableName(tableName)
        .keyConditionExpression("#pk = :pk")
        .scanIndexForward(false);
    if (unreadOnly) {
      // A filter, read in larger steps by QueryPages: inboxes are tens of entries, seldom more.
      query.filterExpression("#read = :false");
      names.put("#read", READ);
      values.put(":false", bool(false));
    }
    QueryPages.Slice slice = QueryPages.read(dynamoDb, query.expressionAttributeNames(names).expressionAttributeValues(values).build(),
        page.cursor().map(c -> Cursor.decode(c, partition, "")).orElse(Map.of()), page.limit(), DeliveriesTable.KEY);
    return new Page<>(slice.items().stream().map(DeliveriesTable::toInboxEntry).toList(), slice.resumeAfter().map(Cursor::encode));
  }

  /** Both the entry and the job's reach learn it was read; the first reading time stays. */
  @Override
  public Optional<InboxEntry> markRead(String workerId, String jobId, Instant pushedAt, Instant now) {
    Map<String, AttributeValue> after;
    try {
      after = dynamoDb.updateItem(r -> r.tableName(tableName).key(DeliveriesTable.inboxKey(workerId, pushedAt, jobId))
          .updateExpression("SET #read = :true, #readAt = if_not_exists(#readAt, :now)")
          .conditionExpression("attribute_exists(#pk)")
          .expressionAttributeNames(Map.of("#read", READ, "#readAt", READ_AT, "#pk", PK))
          .expressionAttributeValues(Map.of(":true", bool(true), ":now", time(now)))
          .returnValues(ReturnValue.ALL_NEW)).attributes();
    } catch (ConditionalCheckFailedException noEntry) {
      return Optional.empty();
    }
    try {
      dynamoDb.updateItem(r -> r.tableName(tableName).key(DeliveriesTable.reachKey(jobId, workerId))
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
