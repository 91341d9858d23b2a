package org.laborbridge.campaigns.store;

import org.laborbridge.campaigns.domain.JobCard;
import org.laborbridge.campaigns.domain.JobDirectory;
import org.laborbridge.shared.region.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.laborbridge.platform.dynamo.Attributes.decimal;
import static org.laborbridge.platform.dynamo.Attributes.optionalString;
import static org.laborbridge.platform.dynamo.Attributes.s;

/**
 * Reads, never writes, the jobs function's JobsTable (granted read-only in template.yaml; its layout is owned by
 * functions/jobs store/JobsTable): a region's active jobs, newest first, on the index byRegionStatus. Only what a
 * campaign message shows is asked for: no credit code, no address, no description.
 */
public final class DynamoJobDirectory implements JobDirectory {

  public static final String INDEX = "byRegionStatus";
  public static final String GSI1PK = "gsi1pk";
  static final String REGION_PREFIX = "REGION#";
  static final String ACTIVE = "#ACTIVE";
  public static final List<String> READ = List.of("id", "title", "employerName", "countyCode", "city", "salaryMin",
      "salaryMax", "salaryUnit", "validThrough");
  private static final String PROJECTION = READ.stream().map(a -> "#" + a).collect(Collectors.joining(", "));

  private final DynamoDbClient dynamoDb;
  private final String tableName;

  public DynamoJobDirectory(DynamoDbClient dynamoDb, String tableName) {
    this.dynamoDb = dynamoDb;
    this.tableName = tableName;
  }

  @Override
  public List<JobCard> newestOpen(Region region, int max) {
    Map<String, String> names = READ.stream().collect(Collectors.toMap(a -> "#" + a, a -> a, (a, b) -> a, HashMap::new));
    names.put("#gpk", GSI1PK);
    return dynamoDb.query(r -> r.tableName(tableName).indexName(INDEX)
            .keyConditionExpression("#gpk = :pk").scanIndexForward(false)
            .projectionExpression(PROJECTION).expressionAttributeNames(names)
            .expressionAttributeValues(Map.of(":pk", s(REGION_PREFIX + region.code() + ACTIVE)))
            .limit(max))
        .items().stream().map(item -> card(item, region)).flatMap(Optional::stream).toList();
  }

  private static Optional<JobCard> card(Map<String, AttributeValue> item, Region region) {
    Optional<String> id = optionalString(item, "id");
    Optional<String> title = optionalString(item, "title");
    if (id.isEmpty() || title.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new JobCard(id.get(), title.get(), optionalString(item, "employerName").orElse(""), region,
        optionalString(item, "countyCode").orElse(""), optionalString(item, "city"), decimal(item, "salaryMin").orElse(null),
        decimal(item, "salaryMax").orElse(null), optionalString(item, "salaryUnit").orElse(null),
        optionalString(item, "validThrough").map(LocalDate::parse).orElse(null)));
  }
}
