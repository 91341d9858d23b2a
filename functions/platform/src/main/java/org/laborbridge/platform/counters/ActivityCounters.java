package org.laborbridge.platform.counters;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.Map;

/**
 * The programme's activity counters, kept as things happen so that a report reads a few items per period however
 * many records there are (CountersTable, owned by the reports function; the writers are granted it in
 * template.yaml). One atomic {@code ADD} per period item: the month ({@code COUNTS#M#2026-11}) and the ISO week
 * ({@code COUNTS#W#2026-W48}) of the moment in China Standard Time, sort key the region ({@code REGION#51}) or a
 * flow between two regions ({@code FLOW#51#33}).
 *
 * <p>Counting is not idempotent by itself: writers count only on the branch of their own conditional write that
 * did the thing for the first time, so a retry that finds the work done counts nothing. A crash between the record
 * and its count under-counts by one; the reports function's repair command recomputes counters from the records.
 * Counts only: never an id, a name or a number of a person.
 */
public final class ActivityCounters {

  public static final String PK = "pk";
  public static final String SK = "sk";
  public static final String PERIOD_PREFIX = "COUNTS#";
  public static final String MONTH = "M#";
  public static final String WEEK = "W#";
  public static final String REGION_PREFIX = "REGION#";
  public static final String FLOW_PREFIX = "FLOW#";

  private static final ZoneId PROGRAMME_ZONE = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter MONTH_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM");

  private final DynamoDbClient dynamoDb;
  private final String tableName;

  public ActivityCounters(DynamoDbClient dynamoDb, String tableName) {
    this.dynamoDb = dynamoDb;
    this.tableName = tableName;
  }

  /** Adds to a region's metrics for the month and the week of {@code when}. */
  public void add(Instant when, String regionCode, Map<String, Long> metrics) {
    addTo(REGION_PREFIX + regionCode, when, metrics);
  }

  /** Adds to a flow of workers from their home region to the region of a job or a fair. */
  public void flow(Instant when, String fromRegion, String toRegion, String metric) {
    addTo(FLOW_PREFIX + fromRegion + "#" + toRegion, when, Map.of(metric, 1L));
  }

  public static String monthPartition(Instant when) {
    return PERIOD_PREFIX + MONTH + MONTH_FORMAT.format(when.atZone(PROGRAMME_ZONE));
  }

  public static String weekPartition(Instant when) {
    ZonedDateTime at = when.atZone(PROGRAMME_ZONE);
    return PERIOD_PREFIX + WEEK + String.format("%d-W%02d", at.get(IsoFields.WEEK_BASED_YEAR),
        at.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private void addTo(String sortKey, Instant when, Map<String, Long> metrics) {
    if (metrics.isEmpty()) {
      return;
    }
    Map<String, String> names = new HashMap<>();
    Map<String, AttributeValue> values = new HashMap<>();
    StringBuilder add = new StringBuilder("ADD ");
    int i = 0;
    for (Map.Entry<String, Long> metric : metrics.entrySet()) {
      names.put("#m" + i, metric.getKey());
      values.put(":v" + i, AttributeValue.fromN(Long.toString(metric.getValue())));
      add.append(i == 0 ? "" : ", ").append("#m").append(i).append(" :v").append(i);
      i++;
    }
    for (String partition : new String[] {monthPartition(when), weekPartition(when)}) {
      dynamoDb.updateItem(r -> r.tableName(tableName)
          .key(Map.of(PK, AttributeValue.fromS(partition), SK, AttributeValue.fromS(sortKey)))
          .updateExpression(add.toString()).expressionAttributeNames(names).expressionAttributeValues(values));
    }
  }
}
