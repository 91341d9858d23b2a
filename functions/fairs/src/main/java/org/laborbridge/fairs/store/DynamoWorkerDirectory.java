package org.laborbridge.fairs.store;

import org.laborbridge.fairs.domain.WorkerDirectory;
import org.laborbridge.shared.region.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;
import java.util.Optional;

import static org.laborbridge.platform.dynamo.Attributes.optionalString;
import static org.laborbridge.platform.dynamo.Attributes.s;

/**
 * Reads, never writes, the jobs function's WorkersTable (granted read-only in template.yaml): a worker's home
 * region and their own account. Only those three attributes are asked for, so no name, phone or identity number
 * ever reaches this function.
 */
public final class DynamoWorkerDirectory implements WorkerDirectory {

  static final String WORKER_PREFIX = "WORKER#";
  static final String WORKER_SK = "WORKER";
  static final String HOME_COUNTY = "homeCounty";
  static final String REGISTERED_BY_KIND = "registeredByKind";
  static final String REGISTERED_BY_ID = "registeredById";
  static final String SELF_REGISTERED = "WORKER";

  private final DynamoDbClient dynamoDb;
  private final String tableName;

  public DynamoWorkerDirectory(DynamoDbClient dynamoDb, String tableName) {
    this.dynamoDb = dynamoDb;
    this.tableName = tableName;
  }

  @Override
  public Optional<WorkerCard> find(String workerId) {
    if (workerId == null || workerId.isBlank() || workerId.length() > 100) {
      return Optional.empty();
    }
    Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(tableName)
        .key(Map.of("pk", s(WORKER_PREFIX + workerId), "sk", s(WORKER_SK)))
        .projectionExpression("#county, #kind, #by")
        .expressionAttributeNames(Map.of("#county", HOME_COUNTY, "#kind", REGISTERED_BY_KIND, "#by", REGISTERED_BY_ID)))
        .item();
    if (item == null || item.isEmpty()) {
      return Optional.empty();
    }
    Optional<Region> region = optionalString(item, HOME_COUNTY).filter(c -> c.length() >= 2)
        .flatMap(c -> Region.find(c.substring(0, 2)));
    Optional<String> owner = optionalString(item, REGISTERED_BY_KIND).filter(SELF_REGISTERED::equals)
        .flatMap(kind -> optionalString(item, REGISTERED_BY_ID));
    return region.map(home -> new WorkerCard(workerId, home, owner));
  }
}
