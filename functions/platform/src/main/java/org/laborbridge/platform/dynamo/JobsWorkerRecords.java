package org.laborbridge.platform.dynamo;

import org.laborbridge.shared.region.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;
import java.util.Optional;

/**
 * Reads, never writes, the jobs function's WorkersTable (granted read-only in template.yaml), for the functions that
 * must know who a worker id belongs to: its home region and the worker's own account. The layout is the one jobs'
 * WorkersTable class owns (item {@code WORKER#id}/{@code WORKER}; {@code registeredByKind} {@code SELF} when the worker
 * registered with their own account, whose subject is {@code registeredById}). Only those attributes are asked for,
 * so no name, phone or identity number ever reaches the reading function.
 */
public final class JobsWorkerRecords {

  public static final String PK = "pk";
  public static final String SK = "sk";
  static final String WORKER_PREFIX = "WORKER#";
  static final String WORKER_SK = "WORKER";
  static final String HOME_COUNTY = "homeCounty";
  static final String REGISTERED_BY_KIND = "registeredByKind";
  static final String REGISTERED_BY_ID = "registeredById";
  /** jobs' RegisteredBy.Kind for a worker who registered with their own account. */
  static final String SELF = "SELF";
  private static final int MAX_ID = 128;

  /** @param ownAccount the worker's own account (JWT subject) when they registered themselves */
  public record WorkerRecord(String id, Region homeRegion, Optional<String> ownAccount) {}

  private final DynamoDbClient dynamoDb;
  private final String tableName;

  public JobsWorkerRecords(DynamoDbClient dynamoDb, String tableName) {
    this.dynamoDb = dynamoDb;
    this.tableName = tableName;
  }

  /** Empty for an id no worker has (or one that cannot be an id); a record outside the programme regions too. */
  public Optional<WorkerRecord> find(String workerId) {
    if (workerId == null || workerId.isBlank() || workerId.length() > MAX_ID) {
      return Optional.empty();
    }
    Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(tableName)
        .key(Map.of(PK, Attributes.s(WORKER_PREFIX + workerId), SK, Attributes.s(WORKER_SK)))
        .projectionExpression("#county, #kind, #by")
        .expressionAttributeNames(Map.of("#county", HOME_COUNTY, "#kind", REGISTERED_BY_KIND, "#by", REGISTERED_BY_ID)))
        .item();
    if (item == null || item.isEmpty()) {
      return Optional.empty();
    }
    Optional<Region> home = Attributes.optionalString(item, HOME_COUNTY).filter(c -> c.length() >= 2)
        .flatMap(c -> Region.find(c.substring(0, 2)));
    Optional<String> own = Attributes.optionalString(item, REGISTERED_BY_KIND).filter(SELF::equals)
        .flatMap(kind -> Attributes.optionalString(item, REGISTERED_BY_ID));
    return home.map(region -> new WorkerRecord(workerId, region, own));
  }
}
