package org.laborbridge.localaws.provision;

import org.laborbridge.localaws.template.StackSettings;
import org.laborbridge.localaws.template.Values;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

import software.amazon.awssdk.core.retry.backoff.FixedDelayBackoffStrategy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** AWS::DynamoDB::Table: keys, billing, global and local secondary indexes. TTL and streams are not emulated. */
final class TableProvisioner implements ResourceProvisioner {

  static final String TYPE = "AWS::DynamoDB::Table";
  private static final Set<String> APPLIED = Set.of("TableName", "AttributeDefinitions", "KeySchema", "BillingMode",
      "ProvisionedThroughput", "GlobalSecondaryIndexes", "LocalSecondaryIndexes");

  private final DynamoDbClient dynamoDb;

  TableProvisioner(DynamoDbClient dynamoDb) {
    this.dynamoDb = dynamoDb;
  }

  @Override
  public ProvisionedResource create(String logicalId, Map<String, Object> p, StackSettings settings) {
    String name = p.containsKey("TableName") ? Values.text(p.get("TableName"), logicalId + ".TableName")
        : PhysicalNames.table(settings, logicalId);
    boolean onDemand = "PAY_PER_REQUEST".equals(p.get("BillingMode"));
    CreateTableRequest.Builder request = CreateTableRequest.builder()
        .tableName(name)
        .attributeDefinitions(list(p, "AttributeDefinitions", logicalId).stream()
            .map(d -> Values.map(d, logicalId + ".AttributeDefinitions"))
            .map(d -> AttributeDefinition.builder().attributeName(text(d, "AttributeName")).attributeType(text(d, "AttributeType")).build())
            .toList())
        .keySchema(keySchema(p.get("KeySchema"), logicalId));
    if (onDemand) {
      request.billingMode(BillingMode.PAY_PER_REQUEST);
    } else {
      request.billingMode(BillingMode.PROVISIONED).provisionedThroughput(throughput(p.get("ProvisionedThroughput")));
    }
    if (p.containsKey("GlobalSecondaryIndexes")) {
      request.globalSecondaryIndexes(list(p, "GlobalSecondaryIndexes", logicalId).stream().map(i -> {
        Map<String, Object> index = Values.map(i, logicalId + ".GlobalSecondaryIndexes");
        GlobalSecondaryIndex.Builder gsi = GlobalSecondaryIndex.builder().indexName(text(index, "IndexName"))
            .keySchema(keySchema(index.get("KeySchema"), logicalId)).projection(projection(index.get("Projection")));
        if (!onDemand) {
          gsi.provisionedThroughput(throughput(index.get("ProvisionedThroughput")));
        }
        return gsi.build();
      }).toList());
    }
    if (p.containsKey("LocalSecondaryIndexes")) {
      request.localSecondaryIndexes(list(p, "LocalSecondaryIndexes", logicalId).stream().map(i -> {
        Map<String, Object> index = Values.map(i, logicalId + ".LocalSecondaryIndexes");
        return LocalSecondaryIndex.builder().indexName(text(index, "IndexName"))
            .keySchema(keySchema(index.get("KeySchema"), logicalId)).projection(projection(index.get("Projection"))).build();
      }).toList());
    }
    TableDescription table;
    try {
      table = dynamoDb.createTable(request.build()).tableDescription();
    } catch (ResourceInUseException exists) {
      // A kept data folder already holds it.
      table = dynamoDb.describeTable(r -> r.tableName(name)).table();
    }
    try (DynamoDbWaiter waiter = waiter()) {
      waiter.waitUntilTableExists(r -> r.tableName(name));
    }
    Map<String, Object> attributes = new HashMap<>();
    attributes.put("Arn", table.tableArn());
    if (table.latestStreamArn() != null) {
      attributes.put("StreamArn", table.latestStreamArn());
    }
    return new ProvisionedResource(logicalId, TYPE, name, attributes);
  }

  @Override
  public Set<String> notEmulated(Set<String> propertyNames) {
    return StackProvisioner.minus(propertyNames, APPLIED);
  }

  @Override
  public void deleteAll() {
    for (String name : dynamoDb.listTablesPaginator(r -> r.limit(100)).tableNames()) {
      try {
        dynamoDb.deleteTable(r -> r.tableName(name));
        try (DynamoDbWaiter waiter = waiter()) {
          waiter.waitUntilTableNotExists(r -> r.tableName(name));
        }
      } catch (ResourceNotFoundException gone) {
        // Deleted meanwhile: the goal is reached.
      }
    }
  }

  /** The SDK's default waiter polls every 20 s, tuned for the cloud; the emulators answer in milliseconds. */
  private DynamoDbWaiter waiter() {
    return DynamoDbWaiter.builder().client(dynamoDb)
        .overrideConfiguration(o -> o.backoffStrategy(FixedDelayBackoffStrategy.create(Duration.ofMillis(50))).maxAttempts(1200))
        .build();
  }

  private static List<KeySchemaElement> keySchema(Object value, String logicalId) {
    return Values.list(value, logicalId + ".KeySchema").stream().map(k -> Values.map(k, logicalId + ".KeySchema"))
        .map(k -> KeySchemaElement.builder().attributeName(text(k, "AttributeName")).keyType(text(k, "KeyType")).build())
        .toList();
  }

  private static Projection projection(Object value) {
    Map<String, Object> p = Values.map(value == null ? Map.of("ProjectionType", "ALL") : value, "Projection");
    Projection.Builder projection = Projection.builder().projectionType(String.valueOf(p.getOrDefault("ProjectionType", "ALL")));
    if (p.containsKey("NonKeyAttributes")) {
      projection.nonKeyAttributes(Values.list(p.get("NonKeyAttributes"), "NonKeyAttributes").stream().map(String::valueOf).toList());
    }
    return projection.build();
  }

  private static ProvisionedThroughput throughput(Object value) {
    Map<String, Object> t = Values.map(value == null ? Map.of() : value, "ProvisionedThroughput");
    return ProvisionedThroughput.builder()
        .readCapacityUnits(Long.parseLong(String.valueOf(t.getOrDefault("ReadCapacityUnits", "5"))))
        .writeCapacityUnits(Long.parseLong(String.valueOf(t.getOrDefault("WriteCapacityUnits", "5"))))
        .build();
  }

  private static List<Object> list(Map<String, Object> p, String key, String logicalId) {
    return Values.list(p.get(key), logicalId + "." + key);
  }

  private static String text(Map<String, Object> map, String key) {
    return Values.text(map.get(key), key);
  }
}
