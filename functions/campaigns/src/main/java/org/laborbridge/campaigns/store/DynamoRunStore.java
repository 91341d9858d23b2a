package org.laborbridge.campaigns.store;

import org.laborbridge.campaigns.domain.CampaignDay;
import org.laborbridge.campaigns.domain.RunKey;
import org.laborbridge.campaigns.domain.RunState;
import org.laborbridge.campaigns.domain.RunStatus;
import org.laborbridge.campaigns.domain.RunStore;
import org.laborbridge.platform.dynamo.QueryPages;
import org.laborbridge.shared.region.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.laborbridge.campaigns.store.CampaignsTable.*;
import static org.laborbridge.platform.dynamo.Attributes.n;
import static org.laborbridge.platform.dynamo.Attributes.s;
import static org.laborbridge.platform.dynamo.Attributes.string;

/**
 * Fan-out progress in CampaignsTable, one item per (campaign, day, region). Moving a run on is
 * {@code SET cursor = :next ... IF status = RUNNING AND cursor = :at} (or {@code attribute_not_exists(cursor)} at the
 * first page): of two attempts at the same page, one moves it and the other learns it was done.
 */
public final class DynamoRunStore implements RunStore {

  /** Runs matter on their day (a re-run, a retry); kept a while for support questions, then TTL takes them. */
  static final Duration RETENTION = Duration.ofDays(90);

  private final DynamoDbClient dynamoDb;
  private final String tableName;

  public DynamoRunStore(DynamoDbClient dynamoDb, String tableName) {
    this.dynamoDb = dynamoDb;
    this.tableName = tableName;
  }

  @Override
  public RunState start(RunKey key, Instant now) {
    Map<String, AttributeValue> item = new HashMap<>(runKey(key));
    item.put(STATUS, s(RunStatus.RUNNING.name()));
    item.put(PAGES, n(0));
    item.put(RECIPIENTS, n(0));
    item.put(STARTED_AT, s(now.toString()));
    item.put(MODIFIED_AT, s(now.toString()));
    item.put(EXPIRES_AT, n(now.plus(RETENTION).getEpochSecond()));
    try {
      dynamoDb.putItem(r -> r.tableName(tableName).item(item)
          .conditionExpression("attribute_not_exists(#pk)").expressionAttributeNames(Map.of("#pk", PK)));
      return new RunState(key, RunStatus.RUNNING, Optional.empty(), 0, 0, true);
    } catch (ConditionalCheckFailedException startedBefore) {
      return find(key).orElseThrow(() -> new IllegalStateException("a started run reads nothing"));
    }
  }

  @Override
  public Optional<RunState> find(RunKey key) {
    Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(tableName).key(runKey(key))
        .consistentRead(true)).item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(state(key, item));
  }

  @Override
  public boolean advance(RunKey key, Optional<String> from, Optional<String> to, int recipients, Instant now) {
    Map<String, String> names = new HashMap<>(Map.of("#status", STATUS, "#cursor", CURSOR, "#pages", PAGES,
        "#recipients", RECIPIENTS, "#modified", MODIFIED_AT));
    Map<String, AttributeValue> values = new HashMap<>(Map.of(":running", s(RunStatus.RUNNING.name()), ":one", n(1),
        ":n", n(recipients), ":now", s(now.toString())));
    String update;
    if (to.isPresent()) {
      values.put(":next", s(to.get()));
      update = "SET #cursor = :next, #modified = :now ADD #pages :one, #recipients :n";
    } else {
      values.put(":done", s(RunStatus.DONE.name()));
      update = "SET #status = :done, #modified = :now REMOVE #cursor ADD #pages :one, #recipients :n";
    }
    return conditionalUpdate(key, update, atPage(from, values), names, values);
  }

  @Override
  public boolean stop(RunKey key, Optional<String> at, Instant now) {
    Map<String, String> names = new HashMap<>(Map.of("#status", STATUS, "#cursor", CURSOR, "#modified", MODIFIED_AT));
    Map<String, AttributeValue> values = new HashMap<>(Map.of(":running", s(RunStatus.RUNNING.name()),
        ":stopped", s(RunStatus.STOPPED.name()), ":now", s(now.toString())));
    return conditionalUpdate(key, "SET #status = :stopped, #modified = :now", atPage(at, values), names, values);
  }

  /** The run is still RUNNING at this page. */
  private static String atPage(Optional<String> at, Map<String, AttributeValue> values) {
    if (at.isEmpty()) {
      return "#status = :running AND attribute_not_exists(#cursor)";
    }
    values.put(":at", s(at.get()));
    return "#status = :running AND #cursor = :at";
  }

  private boolean conditionalUpdate(RunKey key, String update, String condition, Map<String, String> names,
      Map<String, AttributeValue> values) {
    try {
      dynamoDb.updateItem(r -> r.tableName(tableName).key(runKey(key)).updateExpression(update)
          .conditionExpression(condition).expressionAttributeNames(names).expressionAttributeValues(values));
      return true;
    } catch (ConditionalCheckFailedException movedByAnother) {
      return false;
    }
  }

  @Override
  public CampaignDay day(String campaignId, LocalDate day) {
    Map<Region, Optional<RunState>> runs = new EnumMap<>(Region.class);
    Set<Region> notified = EnumSet.noneOf(Region.class);
    QueryRequest query = QueryRequest.builder().tableName(tableName).consistentRead(true)
        .keyConditionExpression("#pk = :pk").expressionAttributeNames(Map.of("#pk", PK))
        .expressionAttributeValues(Map.of(":pk", s(runPartition(campaignId, day))))
        .build();
    QueryPages.forEachPage(dynamoDb, query, response -> response.items().forEach(item -> {
      String sk = string(item, SK);
      if (sk.startsWith(REGION_PREFIX)) {
        Region.find(sk.substring(REGION_PREFIX.length())).ifPresent(region ->
            runs.put(region, Optional.of(state(new RunKey(campaignId, day, region), item))));
      } else if (sk.startsWith(EMPLOYERS_PREFIX)) {
        Region.find(sk.substring(EMPLOYERS_PREFIX.length())).ifPresent(notified::add);
      }
    }));
    List<CampaignDay.RegionSend> regions = new ArrayList<>();
    for (Region region : Region.values()) {
      if (runs.containsKey(region) || notified.contains(region)) {
        regions.add(new CampaignDay.RegionSend(region, runs.getOrDefault(region, Optional.empty()),
            notified.contains(region)));
      }
    }
    regions.sort(Comparator.comparing(r -> r.region().code()));
    return new CampaignDay(campaignId, day, regions);
  }

  private static RunState state(RunKey key, Map<String, AttributeValue> item) {
    return new RunState(key, RunStatus.valueOf(string(item, STATUS)), cursorOf(item),
        Long.parseLong(item.get(PAGES).n()), Long.parseLong(item.get(RECIPIENTS).n()), false);
  }

  @Override
  public boolean noticeSent(RunKey key) {
    Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(tableName).key(noticeKey(key))
        .consistentRead(true)).item();
    return item != null && !item.isEmpty();
  }

  @Override
  public void rememberNotice(RunKey key, String noticeId, Instant now) {
    Map<String, AttributeValue> item = new HashMap<>(noticeKey(key));
    item.put(NOTICE_ID, s(noticeId));
    item.put(SENT_AT, s(now.toString()));
    item.put(EXPIRES_AT, n(now.plus(RETENTION).getEpochSecond()));
    dynamoDb.putItem(r -> r.tableName(tableName).item(item));
  }
}
