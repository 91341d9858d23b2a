package org.laborbridge.push.store;

import org.laborbridge.platform.dynamo.QueryPages;
import org.laborbridge.push.domain.ChannelEndpoint;
import org.laborbridge.push.domain.EndpointStatus;
import org.laborbridge.push.domain.EndpointStore;
import org.laborbridge.push.domain.SigningEndpoint;
import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;
import org.laborbridge.shared.region.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.laborbridge.platform.dynamo.Attributes.s;
import static org.laborbridge.push.store.DeliveriesTable.MODIFIED_AT;
import static org.laborbridge.push.store.DeliveriesTable.PK;
import static org.laborbridge.push.store.DeliveriesTable.STATUS;
import static org.laborbridge.push.store.DeliveriesTable.present;
import static org.laborbridge.push.store.Items.time;

/**
 * Channel endpoints: the record by id (with the secret; its conditional insert keeps ids unique) and a copy
 * without the secret under the region it serves, so that a push finds its gateways with one query. The record
 * is written first and is the truth; the copy follows, and a repeated registration or a repeated 410 brings a
 * copy left behind up to date.
 */
public final class DynamoEndpointStore implements EndpointStore {

  private final DynamoDbClient dynamoDb;
  private final String tableName;

  public DynamoEndpointStore(DynamoDbClient dynamoDb, String tableName) {
    this.dynamoDb = dynamoDb;
    this.tableName = tableName;
  }

  @Override
  public boolean insert(SigningEndpoint endpoint) {
    try {
      dynamoDb.putItem(r -> r.tableName(tableName).item(DeliveriesTable.endpointItem(endpoint))
          .conditionExpression("attribute_not_exists(#pk)")
          .expressionAttributeNames(Map.of("#pk", PK)));
    } catch (ConditionalCheckFailedException idTaken) {
      // Finish the registration that took the id, in case it stopped before its region copy.
      forDelivery(endpoint.endpoint().id()).ifPresent(existing -> writeRegionCopy(existing.endpoint()));
      return false;
    }
    writeRegionCopy(endpoint.endpoint());
    return true;
  }

  @Override
  public Optional<ChannelEndpoint> find(String id) {
    return record(id).map(DeliveriesTable::toEndpoint);
  }

  @Override
  public Optional<SigningEndpoint> forDelivery(String id) {
    return record(id).map(DeliveriesTable::toSigningEndpoint);
  }

  @Override
  public Page<ChannelEndpoint> list(Region region, PageRequest page) {
    String partition = DeliveriesTable.regionPartition(region);
    QueryRequest query = QueryRequest.builder().tableName(tableName)
        .keyConditionExpression("#pk = :pk")
        .expressionAttributeNames(Map.of("#pk", PK))
        .expressionAttributeValues(Map.of(":pk", s(partition)))
        .build();
    QueryPages.Slice slice = QueryPages.read(dynamoDb, query,
        page.cursor().map(c -> Cursor.decode(c, partition, "")).orElse(Map.of()), page.limit(), DeliveriesTable.KEY);
    return new Page<>(slice.items().stream().map(DeliveriesTable::toEndpoint).toList(), slice.resumeAfter().map(Cursor::encode));
  }

  @Override
  public List<ChannelEndpoint> active(Region region) {
    List<ChannelEndpoint> active = new ArrayList<>();
    QueryPages.forEachPage(dynamoDb, QueryRequest.builder().tableName(tableName)
        .keyConditionExpression("#pk = :pk")
        .filterExpression("#status = :active")
        .expressionAttributeNames(Map.of("#pk", PK, "#status", STATUS))
        .expressionAttributeValues(Map.of(":pk", s(DeliveriesTable.regionPartition(region)),
            ":active", s(EndpointStatus.ACTIVE.name())))
        .build(), endpoints -> endpoints.items().forEach(item -> active.add(DeliveriesTable.toEndpoint(item))));
    return active;
  }

  @Override
  public void markGone(String id, Instant now) {
    try {
      dynamoDb.updateItem(r -> r.tableName(tableName).key(DeliveriesTable.endpointKey(id))
          .updateExpression("SET #status = :gone, #modified = :now")
          .conditionExpression("#status = :active")
          .expressionAttributeNames(Map.of("#status", STATUS, "#modified", MODIFIED_AT))
          .expressionAttributeValues(Map.of(":gone", s(EndpointStatus.GONE.name()), ":active", s(EndpointStatus.ACTIVE.name()),
              ":now", time(now))));
    } catch (ConditionalCheckFailedException alreadyGoneOrMissing) {
      // Gone already (a repeat); the region copy below is brought in line all the same.
    }
    forDelivery(id).ifPresent(stored -> writeRegionCopy(stored.endpoint()));
  }

  private void writeRegionCopy(ChannelEndpoint endpoint) {
    dynamoDb.putItem(r -> r.tableName(tableName).item(DeliveriesTable.regionEndpointItem(endpoint)));
  }

  /** Consistent: a 410 recorded a moment ago must stop the next delivery. */
  private Optional<Map<String, AttributeValue>> record(String id) {
    return present(dynamoDb.getItem(r -> r.tableName(tableName).key(DeliveriesTable.endpointKey(id)).consistentRead(true)).item());
  }
}
