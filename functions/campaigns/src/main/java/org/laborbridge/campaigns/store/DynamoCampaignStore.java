package org.laborbridge.campaigns.store;

import org.laborbridge.campaigns.domain.Campaign;
import org.laborbridge.campaigns.domain.CampaignStore;
import org.laborbridge.platform.dynamo.KeyCursor;
import org.laborbridge.platform.dynamo.QueryPages;
import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.laborbridge.campaigns.store.CampaignsTable.*;
import static org.laborbridge.platform.dynamo.Attributes.n;
import static org.laborbridge.platform.dynamo.Attributes.s;

/**
 * The calendar in CampaignsTable: one item per campaign, found by id (GetItem) or by the year it starts in (Query on
 * byYear). Ids stay unique by a conditional insert; a change is a Put conditioned on the version staff read.
 */
public final class DynamoCampaignStore implements CampaignStore {

  private final DynamoDbClient dynamoDb;
  private final String tableName;
  private final Clock clock;

  public DynamoCampaignStore(DynamoDbClient dynamoDb, String tableName, Clock clock) {
    this.dynamoDb = dynamoDb;
    this.tableName = tableName;
    this.clock = clock;
  }

  @Override
  public boolean insert(Campaign campaign) {
    try {
      dynamoDb.putItem(r -> r.tableName(tableName).item(campaignItem(campaign))
          .conditionExpression("attribute_not_exists(#pk)").expressionAttributeNames(Map.of("#pk", PK)));
      return true;
    } catch (ConditionalCheckFailedException taken) {
      return false;
    }
  }

  @Override
  public Optional<Campaign> find(String id) {
    Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(tableName).key(campaignKey(id))
        .consistentRead(true)).item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(toCampaign(item));
  }

  @Override
  public boolean replace(Campaign campaign, long expectedVersion) {
    try {
      dynamoDb.putItem(r -> r.tableName(tableName).item(campaignItem(campaign))
          .conditionExpression("#version = :expected")
          .expressionAttributeNames(Map.of("#version", VERSION))
          .expressionAttributeValues(Map.of(":expected", n(expectedVersion))));
      return true;
    } catch (ConditionalCheckFailedException changedMeanwhile) {
      return false;
    }
  }

  @Override
  public Page<Campaign> listYear(int year, PageRequest page) {
    String partition = yearPartition(year);
    Map<String, AttributeValue> resume = page.cursor().map(c -> KeyCursor.decode(c, INDEX_KEY, key ->
        key.get(GSI1PK).equals(partition) && key.get(PK).startsWith(CAMPAIGN_PREFIX) && key.get(SK).equals(CAMPAIGN_SK)
            && key.get(GSI1SK).endsWith("#" + key.get(PK).substring(CAMPAIGN_PREFIX.length())))).orElse(Map.of());
    QueryPages.Slice slice = QueryPages.read(dynamoDb, yearQuery(partition), resume, page.limit(), INDEX_KEY);
    return new Page<>(slice.items().stream().map(CampaignsTable::toCampaign).toList(),
        slice.resumeAfter().map(KeyCursor::encode));
  }

  @Override
  public List<Campaign> allOfYear(int year) {
    List<Campaign> campaigns = new ArrayList<>();
    QueryPages.forEachPage(dynamoDb, yearQuery(yearPartition(year)),
        response -> response.items().forEach(item -> campaigns.add(toCampaign(item))));
    return campaigns;
  }

  @Override
  public boolean isSeeded(int year) {
    Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(tableName).key(seededKey(year))
        .consistentRead(true)).item();
    return item != null && !item.isEmpty();
  }

  @Override
  public void markSeeded(int year) {
    Map<String, AttributeValue> item = new HashMap<>(seededKey(year));
    item.put(SEEDED_AT, s(clock.instant().toString()));
    try {
      dynamoDb.putItem(r -> r.tableName(tableName).item(item)
          .conditionExpression("attribute_not_exists(#pk)").expressionAttributeNames(Map.of("#pk", PK)));
    } catch (ConditionalCheckFailedException seededAlready) {
      // Two seedings at once: the first marker stands.
    }
  }

  private QueryRequest yearQuery(String partition) {
    return QueryRequest.builder().tableName(tableName).indexName(BY_YEAR)
        .keyConditionExpression("#pk = :pk").expressionAttributeNames(Map.of("#pk", GSI1PK))
        .expressionAttributeValues(Map.of(":pk", s(partition))).build();
  }
}
