package org.laborbridge.reports.store;

import org.laborbridge.platform.dynamo.QueryPages;
import org.laborbridge.reports.domain.ActivityCounts;
import org.laborbridge.reports.domain.CountsRead;
import org.laborbridge.reports.domain.Period;
import org.laborbridge.reports.domain.PeriodCounts;
import org.laborbridge.reports.domain.ReadCost;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.laborbridge.platform.dynamo.Attributes.s;

/**
 * Reads a period's counters with one Query on its partition (at most 9 region and 81 flow items, so one page), and
 * writes the repair command's absolute values back.
 */
public final class DynamoActivityCounts implements ActivityCounts {

  private final DynamoDbClient dynamoDb;
  private final String table;

  public DynamoActivityCounts(DynamoDbClient dynamoDb, String table) {
    this.dynamoDb = dynamoDb;
    this.table = table;
  }

  @Override
  public CountsRead read(Period period) {
    PeriodCounts.Tally tally = new PeriodCounts.Tally();
    AtomicInteger items = new AtomicInteger();
    double[] capacity = {0};
    QueryPages.forEachPage(dynamoDb, partitionQuery(period).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build(),
        page -> {
          items.addAndGet(page.count());
          if (page.consumedCapacity() != null && page.consumedCapacity().capacityUnits() != null) {
            capacity[0] += page.consumedCapacity().capacityUnits();
          }
          page.items().forEach(item -> tallyItem(item, tally));
        });
    return new CountsRead(tally.counts(), new ReadCost(items.get(), capacity[0]));
  }

  private static void tallyItem(Map<String, AttributeValue> item, PeriodCounts.Tally tally) {
    String sortKey = item.get(CountersTable.SK).s();
    // Items with a code outside the nine (which no writer should make) are left out of the report.
    CountersTable.region(sortKey).ifPresent(region -> metrics(item).forEach((metric, count) -> tally.add(region, metric, count)));
    CountersTable.flow(sortKey).ifPresent(regions -> metrics(item)
        .forEach((metric, count) -> tally.flow(regions[0], regions[1], metric, count)));
  }

  /** Every number attribute of a counter item is a metric. */
  private static Map<String, Long> metrics(Map<String, AttributeValue> item) {
    Map<String, Long> metrics = new LinkedHashMap<>();
    item.forEach((name, value) -> {
      if (!name.equals(CountersTable.PK) && !name.equals(CountersTable.SK) && value.n() != null) {
        metrics.put(name, new java.math.BigDecimal(value.n()).longValue());
      }
    });
    return metrics;
  }

  @Override
  public int replace(Period period, PeriodCounts recomputed, Predicate<String> regionMetric, Predicate<String> flowMetric) {
    Map<String, Map<String, Long>> wanted = new LinkedHashMap<>();
    recomputed.regions().forEach((region, metrics) -> wanted.put(CountersTable.regionKey(region), metrics));
    recomputed.flows().forEach((flow, metrics) -> wanted.put(CountersTable.flowKey(flow.home(), flow.destination()), metrics));
    Map<String, Set<String>> existing = new LinkedHashMap<>();
    QueryPages.forEachPage(dynamoDb, partitionQuery(period).build(),
        page -> page.items().forEach(item -> existing.put(item.get(CountersTable.SK).s(), item.keySet())));

    Set<String> sortKeys = new LinkedHashSet<>(existing.keySet());
    sortKeys.addAll(wanted.keySet());
    int written = 0;
    for (String sortKey : sortKeys) {
      Predicate<String> owned = sortKey.startsWith(org.laborbridge.platform.counters.ActivityCounters.FLOW_PREFIX)
          ? flowMetric : regionMetric;
      Map<String, Long> values = new LinkedHashMap<>();
      wanted.getOrDefault(sortKey, Map.of()).forEach((metric, count) -> {
        if (owned.test(metric) && count != 0) {
          values.put(metric, count);
        }
      });
      List<String> stale = existing.getOrDefault(sortKey, Set.of()).stream()
          .filter(name -> owned.test(name) && !values.containsKey(name)).toList();
      if (values.isEmpty() && stale.isEmpty()) {
        continue;
      }
      update(period, sortKey, values, stale);
      written++;
    }
    return written;
  }

  /** SET the recomputed values, REMOVE what is now zero; metrics the repair does not own are not named at all. */
  private void update(Period period, String sortKey, Map<String, Long> values, List<String> stale) {
    Map<String, String> names = new HashMap<>();
    Map<String, AttributeValue> numbers = new HashMap<>();
    List<String> sets = new ArrayList<>();
    List<String> removes = new ArrayList<>();
    int i = 0;
    for (Map.Entry<String, Long> value : values.entrySet()) {
      names.put("#m" + i, value.getKey());
      numbers.put(":v" + i, AttributeValue.fromN(Long.toString(value.getValue())));
      sets.add("#m" + i + " = :v" + i);
      i++;
    }
    for (String name : stale) {
      names.put("#m" + i, name);
      removes.add("#m" + i);
      i++;
    }
    String expression = (sets.isEmpty() ? "" : "SET " + String.join(", ", sets))
        + (removes.isEmpty() ? "" : (sets.isEmpty() ? "" : " ") + "REMOVE " + String.join(", ", removes));
    dynamoDb.updateItem(r -> r.tableName(table)
        .key(Map.of(CountersTable.PK, s(CountersTable.countersPartition(period)), CountersTable.SK, s(sortKey)))
        .updateExpression(expression).expressionAttributeNames(names)
        .expressionAttributeValues(numbers.isEmpty() ? null : numbers));
  }

  private QueryRequest.Builder partitionQuery(Period period) {
    return QueryRequest.builder().tableName(table).keyConditionExpression("#pk = :pk")
        .expressionAttributeNames(Map.of("#pk", CountersTable.PK))
        .expressionAttributeValues(Map.of(":pk", s(CountersTable.countersPartition(period))))
        .consistentRead(true);
  }
}
