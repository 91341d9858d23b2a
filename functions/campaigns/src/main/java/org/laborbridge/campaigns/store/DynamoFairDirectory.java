package org.laborbridge.campaigns.store;

import org.laborbridge.campaigns.domain.FairCard;
import org.laborbridge.campaigns.domain.FairDirectory;
import org.laborbridge.campaigns.domain.Ids;
import org.laborbridge.shared.region.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.laborbridge.platform.dynamo.Attributes.optionalString;
import static org.laborbridge.platform.dynamo.Attributes.s;

/**
 * Reads, never writes, the fairs function's FairsTable (granted read-only in template.yaml; its layout is owned by
 * functions/fairs store/FairsTable): a fair by id, and a region's fairs by start time on the index byRegionStart.
 * Only a fair's public facts are asked for, never who registered.
 */
public final class DynamoFairDirectory implements FairDirectory {

  public static final String INDEX = "byRegionStart";
  public static final String GSI1PK = "gsi1pk";
  public static final String GSI1SK = "gsi1sk";
  static final String FAIR_PREFIX = "FAIR#";
  static final String FAIR_SK = "FAIR";
  static final String REGION_PREFIX = "FAIRS#";
  static final String SCHEDULED = "SCHEDULED";
  /** The fair attributes read: all among those the index projects. */
  public static final List<String> READ = List.of("id", "name", "campaignId", "region", "venue", "startsAt", "endsAt",
      "status");
  /** FairsTable's sort key times: whole seconds in UTC, fixed width. */
  private static final DateTimeFormatter SORTABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
      .withZone(ZoneOffset.UTC);
  private static final String PROJECTION = READ.stream().map(a -> "#" + a).collect(Collectors.joining(", "));
  private static final Map<String, String> NAMES = READ.stream().collect(Collectors.toMap(a -> "#" + a, a -> a));

  private final DynamoDbClient dynamoDb;
  private final String tableName;

  public DynamoFairDirectory(DynamoDbClient dynamoDb, String tableName) {
    this.dynamoDb = dynamoDb;
    this.tableName = tableName;
  }

  @Override
  public Optional<FairCard> find(String fairId) {
    if (!Ids.isRecordId(fairId)) {
      return Optional.empty();
    }
    Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(tableName)
        .key(Map.of("pk", s(FAIR_PREFIX + fairId), "sk", s(FAIR_SK)))
        .projectionExpression(PROJECTION).expressionAttributeNames(NAMES)).item();
    return item == null || item.isEmpty() ? Optional.empty() : card(item);
  }

  @Override
  public List<FairCard> startingBetween(Region region, Instant from, Instant to, int max) {
    Map<String, String> names = new HashMap<>(NAMES);
    names.put("#gpk", GSI1PK);
    names.put("#gsk", GSI1SK);
    return dynamoDb.query(r -> r.tableName(tableName).indexName(INDEX)
            .keyConditionExpression("#gpk = :pk AND #gsk BETWEEN :from AND :to")
            .projectionExpression(PROJECTION).expressionAttributeNames(names)
            .expressionAttributeValues(Map.of(":pk", s(REGION_PREFIX + region.code()),
                ":from", s(sortable(from)), ":to", s(sortable(to))))
            .limit(max))
        .items().stream().map(DynamoFairDirectory::card).flatMap(Optional::stream).toList();
  }

  private static String sortable(Instant instant) {
    return SORTABLE.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  private static Optional<FairCard> card(Map<String, AttributeValue> item) {
    Optional<String> id = optionalString(item, "id");
    Optional<Region> region = optionalString(item, "region").flatMap(Region::find);
    Optional<Instant> startsAt = optionalString(item, "startsAt").map(Instant::parse);
    if (id.isEmpty() || region.isEmpty() || startsAt.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new FairCard(id.get(), optionalString(item, "name").orElse(""), region.get(),
        optionalString(item, "venue").orElse(""), startsAt.get(),
        optionalString(item, "endsAt").map(Instant::parse).orElse(startsAt.get()), optionalString(item, "campaignId"),
        optionalString(item, "status").filter(SCHEDULED::equals).isPresent()));
  }
}
