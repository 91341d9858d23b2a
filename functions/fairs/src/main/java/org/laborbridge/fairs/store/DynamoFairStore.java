package org.laborbridge.fairs.store;

import org.laborbridge.fairs.domain.Fair;
import org.laborbridge.fairs.domain.FairStatus;
import org.laborbridge.fairs.domain.FairStore;
import org.laborbridge.fairs.domain.Place;
import org.laborbridge.platform.dynamo.KeyCursor;
import org.laborbridge.platform.dynamo.QueryPages;
import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;
import org.laborbridge.shared.region.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.laborbridge.fairs.store.FairsTable.*;
import static org.laborbridge.platform.dynamo.Attributes.n;
import static org.laborbridge.platform.dynamo.Attributes.s;

/**
 * Fairs on their one item each. Taking a place is
 * {@code SET holders.#reg = :at, taken = taken + 1 IF status = SCHEDULED AND attribute_not_exists(holders.#reg)
 * AND taken < capacity}: the count, the capacity and who holds a place change together or not at all, so two
 * hundred people racing for a hundred seats leave exactly a hundred holders, and a retry changes nothing.
 */
public final class DynamoFairStore implements FairStore {

  private static final String PROJECTION = FAIR_ATTRIBUTES.stream().map(a -> "#" + a).collect(Collectors.joining(", "));
  private static final Map<String, String> PROJECTION_NAMES = FAIR_ATTRIBUTES.stream()
      .collect(Collectors.toMap(a -> "#" + a, a -> a));

  private final DynamoDbClient dynamoDb;
  private final String tableName;

  public DynamoFairStore(DynamoDbClient dynamoDb, String tableName) {
    this.dynamoDb = dynamoDb;
    this.tableName = tableName;
  }

  @Override
  public boolean insert(Fair fair) {
    try {
      dynamoDb.putItem(r -> r.tableName(tableName).item(newFairItem(fair))
          .conditionExpression("attribute_not_exists(#pk)").expressionAttributeNames(Map.of("#pk", PK)));
      return true;
    } catch (ConditionalCheckFailedException idTaken) {
      return false;
    }
  }

  @Override
  public Optional<Fair> find(String id) {
    Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(tableName).key(fairKey(id)).consistentRead(true)
        .projectionExpression(PROJECTION).expressionAttributeNames(PROJECTION_NAMES)).item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(toFair(item));
  }

  @Override
  public Map<String, Fair> findAll(Collection<String> ids) {
    Map<String, Fair> found = new HashMap<>();
    List<Map<String, AttributeValue>> keys = ids.stream().distinct().map(FairsTable::fairKey).toList();
    Map<String, KeysAndAttributes> request = keys.isEmpty() ? Map.of() : Map.of(tableName, KeysAndAttributes.builder()
        .keys(keys).projectionExpression(PROJECTION).expressionAttributeNames(PROJECTION_NAMES).build());
    // BatchGetItem may leave keys unprocessed under load: ask again for those, a few times.
    for (int round = 0; round < 5 && !request.isEmpty(); round++) {
      Map<String, KeysAndAttributes> asked = request;
      BatchGetItemResponse response = dynamoDb.batchGetItem(r -> r.requestItems(asked));
      response.responses().getOrDefault(tableName, List.of()).forEach(item -> {
        Fair fair = toFair(item);
        found.put(fair.id(), fair);
      });
      request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
    }
    return found;
  }

  @Override
  public boolean replan(Fair changed, long expectedVersion) {
    Map<String, AttributeValue> attributes = planAttributes(changed);
    Map<String, String> names = new HashMap<>();
    Map<String, AttributeValue> values = new HashMap<>();
    StringBuilder set = new StringBuilder("SET ");
    attributes.forEach((name, value) -> {
      names.put("#" + name, name);
      values.put(":" + name, value);
      set.append(set.length() > 4 ? ", " : "").append('#').append(name).append(" = :").append(name);
    });
    set.append(", #version = :version");
    String remove = changed.plan().campaignId().isEmpty() ? " REMOVE #campaignId" : "";
    names.put("#campaignId", CAMPAIGN);
    names.put("#version", VERSION);
    names.put("#status", STATUS);
    names.put("#seatsTaken", SEATS_TAKEN);
    names.put("#boothsTaken", BOOTHS_TAKEN);
    values.put(":version", n(changed.version()));
    values.put(":expected", n(expectedVersion));
    values.put(":scheduled", s(FairStatus.SCHEDULED.name()));
    try {
      dynamoDb.updateItem(r -> r.tableName(tableName).key(fairKey(changed.id()))
          .updateExpression(set + remove)
          .conditionExpression("#version = :expected AND #status = :scheduled AND #seatsTaken <= :seatCapacity"
              + " AND #boothsTaken <= :boothCapacity")
          .expressionAttributeNames(names).expressionAttributeValues(values));
      return true;
    } catch (ConditionalCheckFailedException changedMeanwhile) {
      return false;
    }
  }

  @Override
  public boolean cancel(String fairId, Instant at, String reason) {
    Map<String, AttributeValue> values = new HashMap<>(Map.of(":cancelled", s(FairStatus.CANCELLED.name()),
        ":scheduled", s(FairStatus.SCHEDULED.name()), ":at", time(at), ":one", n(1)));
    String set = "SET #status = :cancelled, #cancelledAt = :at, #version = #version + :one";
    if (reason != null && !reason.isBlank()) {
      values.put(":reason", s(reason));
      set += ", #reason = :reason";
    }
    String update = set;
    try {
      dynamoDb.updateItem(r -> r.tableName(tableName).key(fairKey(fairId))
          .updateExpression(update)
          .conditionExpression("#status = :scheduled")
          .expressionAttributeNames(reason != null && !reason.isBlank()
              ? Map.of("#status", STATUS, "#cancelledAt", CANCELLED_AT, "#version", VERSION, "#reason", CANCEL_REASON)
              : Map.of("#status", STATUS, "#cancelledAt", CANCELLED_AT, "#version", VERSION))
          .expressionAttributeValues(values));
      return true;
    } catch (ConditionalCheckFailedException alreadyCancelledOrGone) {
      return false;
    }
  }

  @Override
  public Page<Fair> list(Region region, Instant from, Instant to, PageRequest page) {
    String partition = regionPartition(region);
    String low = sortable(from);
    String high = sortable(to);
    QueryRequest query = QueryRequest.builder().tableName(tableName).indexName(BY_REGION_START)
        .keyConditionExpression("#pk = :pk AND #sk BETWEEN :from AND :to")
        .expressionAttributeNames(Map.of("#pk", GSI1PK, "#sk", GSI1SK))
        // Just before "<to>#…": a fair starting at `to` is not in [from, to).
        .expressionAttributeValues(Map.of(":pk", s(partition), ":from", s(low), ":to", s(high)))
        .build();
    Map<String, AttributeValue> resume = page.cursor().map(c -> KeyCursor.decode(c, INDEX_KEY, key ->
        key.get(GSI1PK).equals(partition) && key.get(PK).startsWith(FAIR_PREFIX) && key.get(SK).equals(FAIR_SK)
            && key.get(GSI1SK).compareTo(low) >= 0 && key.get(GSI1SK).compareTo(high) <= 0)).orElse(Map.of());
    QueryPages.Slice slice = QueryPages.read(dynamoDb, query, resume, page.limit(), INDEX_KEY);
    return new Page<>(slice.items().stream().map(FairsTable::toFair).toList(), slice.resumeAfter().map(KeyCursor::encode));
  }

  @Override
  public Taken take(String fairId, Place place, String registrationId, Instant at) {
    try {
      dynamoDb.updateItem(r -> r.tableName(tableName).key(fairKey(fairId))
          .updateExpression("SET #holders.#reg = :at, #taken = #taken + :one")
          .conditionExpression("#status = :scheduled AND attribute_not_exists(#holders.#reg) AND #taken < #capacity")
          .expressionAttributeNames(Map.of("#holders", holders(place), "#reg", registrationId, "#taken", taken(place),
              "#status", STATUS, "#capacity", capacity(place)))
          .expressionAttributeValues(Map.of(":at", heldSince(at), ":one", n(1), ":scheduled", s(FairStatus.SCHEDULED.name()))));
      return Taken.TAKEN;
    } catch (ConditionalCheckFailedException notTaken) {
      Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(tableName).key(fairKey(fairId)).consistentRead(true)
          .projectionExpression("#status, #holders.#reg")
          .expressionAttributeNames(Map.of("#status", STATUS, "#holders", holders(place), "#reg", registrationId))).item();
      if (item == null || item.isEmpty() || !FairStatus.SCHEDULED.name().equals(item.get(STATUS).s())) {
        return Taken.CLOSED;
      }
      return holdsIn(item, place, registrationId) ? Taken.TAKEN : Taken.FULL;
    }
  }

  @Override
  public boolean release(String fairId, Place place, String registrationId) {
    try {
      dynamoDb.updateItem(r -> r.tableName(tableName).key(fairKey(fairId))
          .updateExpression("REMOVE #holders.#reg SET #taken = #taken - :one")
          .conditionExpression("attribute_exists(#holders.#reg)")
          .expressionAttributeNames(Map.of("#holders", holders(place), "#reg", registrationId, "#taken", taken(place)))
          .expressionAttributeValues(Map.of(":one", n(1))));
      return true;
    } catch (ConditionalCheckFailedException heldNone) {
      return false;
    }
  }

  @Override
  public boolean handOver(String fairId, Place place, String from, String to, Instant at) {
    try {
      dynamoDb.updateItem(r -> r.tableName(tableName).key(fairKey(fairId))
          .updateExpression("REMOVE #holders.#from SET #holders.#to = :at")
          .conditionExpression("attribute_exists(#holders.#from) AND attribute_not_exists(#holders.#to)")
          .expressionAttributeNames(Map.of("#holders", holders(place), "#from", from, "#to", to))
          .expressionAttributeValues(Map.of(":at", heldSince(at))));
      return true;
    } catch (ConditionalCheckFailedException notHeldOrHeldAlready) {
      return false;
    }
  }

  @Override
  public boolean holds(String fairId, Place place, String registrationId) {
    Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(tableName).key(fairKey(fairId)).consistentRead(true)
        .projectionExpression("#holders.#reg")
        .expressionAttributeNames(Map.of("#holders", holders(place), "#reg", registrationId))).item();
    return holdsIn(item, place, registrationId);
  }

  @Override
  public long nextTicket(String fairId, Place place) {
    Map<String, AttributeValue> updated = dynamoDb.updateItem(r -> r.tableName(tableName).key(fairKey(fairId))
        .updateExpression("ADD #tickets :one")
        .conditionExpression("attribute_exists(#pk)")
        .expressionAttributeNames(Map.of("#tickets", tickets(place), "#pk", PK))
        .expressionAttributeValues(Map.of(":one", n(1)))
        .returnValues(ReturnValue.UPDATED_NEW)).attributes();
    return Long.parseLong(updated.get(tickets(place)).n());
  }

  /** Epoch seconds: a holder costs about 30 bytes of the item (its id and this), and writes are billed by size. */
  private static AttributeValue heldSince(Instant at) {
    return n(at.getEpochSecond());
  }

  private static boolean holdsIn(Map<String, AttributeValue> item, Place place, String registrationId) {
    if (item == null || !item.containsKey(holders(place)) || !item.get(holders(place)).hasM()) {
      return false;
    }
    return item.get(holders(place)).m().containsKey(registrationId);
  }
}
