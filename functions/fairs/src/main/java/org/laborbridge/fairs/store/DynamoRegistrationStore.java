package org.laborbridge.fairs.store;

import org.laborbridge.fairs.domain.CheckInCode;
import org.laborbridge.fairs.domain.Place;
import org.laborbridge.fairs.domain.Registration;
import org.laborbridge.fairs.domain.RegistrationStatus;
import org.laborbridge.fairs.domain.RegistrationStore;
import org.laborbridge.platform.dynamo.KeyCursor;
import org.laborbridge.platform.dynamo.QueryPages;
import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.Select;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import static org.laborbridge.fairs.store.FairsTable.*;
import static org.laborbridge.platform.dynamo.Attributes.n;
import static org.laborbridge.platform.dynamo.Attributes.s;

/**
 * Registrations with their waitlist entries and check-in codes, in the fair's partition. Each change is one
 * conditional write on the registration's own item, naming the states it may start from.
 */
public final class DynamoRegistrationStore implements RegistrationStore {

  private final DynamoDbClient dynamoDb;
  private final String tableName;

  public DynamoRegistrationStore(DynamoDbClient dynamoDb, String tableName) {
    this.dynamoDb = dynamoDb;
    this.tableName = tableName;
  }

  @Override
  public Optional<Registration> find(String fairId, String registrationId) {
    Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(tableName)
        .key(registrationKey(fairId, registrationId)).consistentRead(true)).item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(toRegistration(item));
  }

  @Override
  public boolean open(Registration pending) {
    // The code first: a registration never points at a code that leads nowhere. The same code is kept across
    // rounds, so writing it again is harmless.
    dynamoDb.putItem(r -> r.tableName(tableName).item(codeItem(pending)));
    try {
      dynamoDb.putItem(r -> r.tableName(tableName).item(registrationItem(pending))
          .conditionExpression("attribute_not_exists(#pk) OR #status = :cancelled")
          .expressionAttributeNames(Map.of("#pk", PK, "#status", STATUS))
          .expressionAttributeValues(Map.of(":cancelled", s(RegistrationStatus.CANCELLED.name()))));
      return true;
    } catch (ConditionalCheckFailedException activeAlready) {
      return false;
    }
  }

  @Override
  public Optional<Registration> confirm(String fairId, String registrationId, Instant at) {
    try {
      return Optional.of(toRegistration(dynamoDb.updateItem(r -> r.tableName(tableName)
          .key(registrationKey(fairId, registrationId))
          .updateExpression("SET #status = :confirmed, #confirmedAt = if_not_exists(#confirmedAt, :at)")
          .conditionExpression("#status IN (:pending, :waitlisted, :confirmed)")
          .expressionAttributeNames(Map.of("#status", STATUS, "#confirmedAt", CONFIRMED_AT))
          .expressionAttributeValues(Map.of(":confirmed", s(RegistrationStatus.CONFIRMED.name()),
              ":pending", s(RegistrationStatus.PENDING.name()), ":waitlisted", s(RegistrationStatus.WAITLISTED.name()),
              ":at", time(at)))
          .returnValues(ReturnValue.ALL_NEW)).attributes()));
    } catch (ConditionalCheckFailedException cancelledMeanwhile) {
      return find(fairId, registrationId);
    }
  }

  @Override
  public Optional<Registration> waitlist(String fairId, String registrationId, long ticket) {
    Registration stored;
    try {
      stored = toRegistration(dynamoDb.updateItem(r -> r.tableName(tableName)
          .key(registrationKey(fairId, registrationId))
          .updateExpression("SET #status = :waitlisted, #ticket = if_not_exists(#ticket, :ticket)")
          .conditionExpression("#status IN (:pending, :waitlisted)")
          .expressionAttributeNames(Map.of("#status", STATUS, "#ticket", TICKET))
          .expressionAttributeValues(Map.of(":waitlisted", s(RegistrationStatus.WAITLISTED.name()),
              ":pending", s(RegistrationStatus.PENDING.name()), ":ticket", n(ticket)))
          .returnValues(ReturnValue.ALL_NEW)).attributes());
    } catch (ConditionalCheckFailedException confirmedOrCancelledMeanwhile) {
      return find(fairId, registrationId);
    }
    long kept = stored.ticket().orElseThrow();
    Map<String, AttributeValue> entry = new HashMap<>(waitKey(fairId, stored.place(), kept));
    entry.put(REGISTRATION_ID, s(registrationId));
    entry.put(TICKET, n(kept));
    dynamoDb.putItem(r -> r.tableName(tableName).item(entry));
    return Optional.of(stored);
  }

  @Override
  public void markAnnounced(String fairId, String registrationId, int round) {
    try {
      dynamoDb.updateItem(r -> r.tableName(tableName).key(registrationKey(fairId, registrationId))
          .updateExpression("SET #announced = :round")
          .conditionExpression("attribute_exists(#pk) AND (attribute_not_exists(#announced) OR #announced < :round)")
          .expressionAttributeNames(Map.of("#announced", ANNOUNCED_ROUND, "#pk", PK))
          .expressionAttributeValues(Map.of(":round", n(round))));
    } catch (ConditionalCheckFailedException announcedAlready) {
      // A repeat: nothing to note.
    }
  }

  @Override
  public Optional<Registration> cancel(String fairId, String registrationId, Instant at, String by) {
    try {
      return Optional.of(toRegistration(dynamoDb.updateItem(r -> r.tableName(tableName)
          .key(registrationKey(fairId, registrationId))
          .updateExpression("SET #status = :cancelled, #cancelledAt = :at, #cancelledBy = :by REMOVE #ticket")
          .conditionExpression("attribute_exists(#pk) AND #status <> :cancelled")
          .expressionAttributeNames(Map.of("#status", STATUS, "#cancelledAt", CANCELLED_AT, "#cancelledBy", CANCELLED_BY,
              "#ticket", TICKET, "#pk", PK))
          .expressionAttributeValues(Map.of(":cancelled", s(RegistrationStatus.CANCELLED.name()), ":at", time(at),
              ":by", s(by)))
          .returnValues(ReturnValue.ALL_OLD)).attributes()));
    } catch (ConditionalCheckFailedException alreadyCancelled) {
      return Optional.empty();
    }
  }

  @Override
  public void leaveWaitlist(String fairId, Place place, long ticket) {
    dynamoDb.deleteItem(r -> r.tableName(tableName).key(waitKey(fairId, place, ticket)));
  }

  @Override
  public List<Waiting> firstWaiting(String fairId, Place place, int howMany) {
    return dynamoDb.query(waitlistQuery(fairId, place).limit(howMany).consistentRead(true).build()).items().stream()
        .map(item -> new Waiting(item.get(REGISTRATION_ID).s(), Long.parseLong(item.get(TICKET).n())))
        .toList();
  }

  @Override
  public int position(String fairId, Place place, long ticket) {
    QueryRequest count = QueryRequest.builder().tableName(tableName)
        .keyConditionExpression("#pk = :pk AND #sk BETWEEN :first AND :mine")
        .expressionAttributeNames(Map.of("#pk", PK, "#sk", SK))
        .expressionAttributeValues(Map.of(":pk", s(fairPartition(fairId)), ":first", s(waitPrefix(place)),
            ":mine", waitKey(fairId, place, ticket).get(SK)))
        .select(Select.COUNT).consistentRead(true).build();
    int[] position = {0};
    QueryPages.forEachPage(dynamoDb, count, (QueryResponse page) -> position[0] += page.count());
    return Math.max(1, position[0]);
  }

  @Override
  public boolean checkIn(String fairId, String registrationId, Instant at, String by) {
    try {
      dynamoDb.updateItem(r -> r.tableName(tableName).key(registrationKey(fairId, registrationId))
          .updateExpression("SET #checkedInAt = :at, #checkedInBy = :by")
          .conditionExpression("#status = :confirmed AND attribute_not_exists(#checkedInAt)")
          .expressionAttributeNames(Map.of("#status", STATUS, "#checkedInAt", CHECKED_IN_AT, "#checkedInBy", CHECKED_IN_BY))
          .expressionAttributeValues(Map.of(":confirmed", s(RegistrationStatus.CONFIRMED.name()), ":at", time(at),
              ":by", s(by))));
      return true;
    } catch (ConditionalCheckFailedException checkedInOrNotConfirmed) {
      return false;
    }
  }

  @Override
  public Optional<String> registrationWithCode(String fairId, CheckInCode code) {
    Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(tableName).key(codeKey(fairId, code))).item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item.get(REGISTRATION_ID).s());
  }

  @Override
  public Page<Registration> list(String fairId, PageRequest page) {
    String partition = fairPartition(fairId);
    QueryRequest query = registrationsQuery(fairId).build();
    Map<String, AttributeValue> resume = page.cursor().map(c -> KeyCursor.decode(c, KEY, key ->
        key.get(PK).equals(partition) && key.get(SK).startsWith(REGISTRATION_PREFIX))).orElse(Map.of());
    QueryPages.Slice slice = QueryPages.read(dynamoDb, query, resume, page.limit(), KEY);
    return new Page<>(slice.items().stream().map(FairsTable::toRegistration).toList(),
        slice.resumeAfter().map(KeyCursor::encode));
  }

  @Override
  public Page<Registration> ofPerson(String personKey, PageRequest page) {
    String partition = personPartition(personKey);
    QueryRequest query = QueryRequest.builder().tableName(tableName).indexName(BY_PERSON)
        .keyConditionExpression("#pk = :pk")
        .expressionAttributeNames(Map.of("#pk", GSI2PK))
        .expressionAttributeValues(Map.of(":pk", s(partition)))
        .scanIndexForward(false)
        .build();
    Map<String, AttributeValue> resume = page.cursor().map(c -> KeyCursor.decode(c, PERSON_INDEX_KEY, key ->
        key.get(GSI2PK).equals(partition) && key.get(SK).startsWith(REGISTRATION_PREFIX))).orElse(Map.of());
    QueryPages.Slice slice = QueryPages.read(dynamoDb, query, resume, page.limit(), PERSON_INDEX_KEY);
    return new Page<>(slice.items().stream().map(FairsTable::toRegistration).toList(),
        slice.resumeAfter().map(KeyCursor::encode));
  }

  @Override
  public void forEach(String fairId, Consumer<Registration> each) {
    QueryPages.forEachPage(dynamoDb, registrationsQuery(fairId).limit(100).build(),
        page -> page.items().forEach(item -> each.accept(toRegistration(item))));
  }

  private QueryRequest.Builder registrationsQuery(String fairId) {
    return QueryRequest.builder().tableName(tableName)
        .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
        .expressionAttributeNames(Map.of("#pk", PK, "#sk", SK))
        .expressionAttributeValues(Map.of(":pk", s(fairPartition(fairId)), ":prefix", s(REGISTRATION_PREFIX)));
  }

  private QueryRequest.Builder waitlistQuery(String fairId, Place place) {
    return QueryRequest.builder().tableName(tableName)
        .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
        .expressionAttributeNames(Map.of("#pk", PK, "#sk", SK))
        .expressionAttributeValues(Map.of(":pk", s(fairPartition(fairId)), ":prefix", s(waitPrefix(place))));
  }

  private static Map<String, AttributeValue> codeItem(Registration registration) {
    Map<String, AttributeValue> item = new HashMap<>(codeKey(registration.fairId(), registration.code()));
    item.put(REGISTRATION_ID, s(registration.id()));
    return item;
  }
}
