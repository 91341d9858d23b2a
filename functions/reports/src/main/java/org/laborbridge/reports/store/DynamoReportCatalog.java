package org.laborbridge.reports.store;

import org.laborbridge.platform.dynamo.Attributes;
import org.laborbridge.platform.dynamo.KeyCursor;
import org.laborbridge.platform.dynamo.QueryPages;
import org.laborbridge.reports.domain.Period;
import org.laborbridge.reports.domain.ReadCost;
import org.laborbridge.reports.domain.ReportCatalog;
import org.laborbridge.reports.domain.ReportEntry;
import org.laborbridge.reports.domain.ReportFormat;
import org.laborbridge.reports.domain.ReportIds;
import org.laborbridge.reports.domain.ReportKind;
import org.laborbridge.reports.domain.ReportStatus;
import org.laborbridge.reports.domain.StoredFile;
import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.laborbridge.platform.dynamo.Attributes.n;
import static org.laborbridge.platform.dynamo.Attributes.s;
import static org.laborbridge.platform.dynamo.Attributes.string;

/** The report catalog: one item per report in the REPORTS partition of CountersTable. */
public final class DynamoReportCatalog implements ReportCatalog {

  private static final List<String> KEY_NAMES = List.of(CountersTable.PK, CountersTable.SK);

  private final DynamoDbClient dynamoDb;
  private final String table;

  public DynamoReportCatalog(DynamoDbClient dynamoDb, String table) {
    this.dynamoDb = dynamoDb;
    this.table = table;
  }

  @Override
  public void requested(Period period, Instant at, String by) {
    Map<String, AttributeValue> values = describing(period);
    values.put(":status", s(ReportStatus.REQUESTED.name()));
    values.put(":at", s(CountersTable.time(at)));
    values.put(":by", s(by));
    String update = DESCRIBE + ", #status = :status, #requestedAt = :at, #requestedBy = :by";
    dynamoDb.updateItem(r -> r.tableName(table).key(CountersTable.catalogKey(period))
        .updateExpression(update).expressionAttributeNames(names(update)).expressionAttributeValues(values));
  }

  @Override
  public void generated(Period period, Instant startedAt, Instant finishedAt, List<StoredFile> files, ReadCost read) {
    Map<String, AttributeValue> values = describing(period);
    values.put(":generatedAt", s(CountersTable.time(finishedAt)));
    values.put(":files", files(files));
    values.put(":items", n(read.items()));
    values.put(":capacity", AttributeValue.fromN(Double.toString(read.capacityUnits())));
    values.put(":one", n(1));
    String record = DESCRIBE + ", #generatedAt = :generatedAt, #files = :files, #itemsRead = :items, "
        + "#capacityUnits = :capacity";
    Map<String, AttributeValue> ready = new HashMap<>(values);
    ready.put(":ready", s(ReportStatus.READY.name()));
    ready.put(":started", s(CountersTable.time(startedAt)));
    String readyUpdate = record + ", #status = :ready ADD #generations :one";
    String notAskedSince = "attribute_not_exists(#requestedAt) OR #requestedAt <= :started";
    try {
      dynamoDb.updateItem(r -> r.tableName(table).key(CountersTable.catalogKey(period))
          .updateExpression(readyUpdate).conditionExpression(notAskedSince)
          .expressionAttributeNames(names(readyUpdate, notAskedSince)).expressionAttributeValues(ready));
    } catch (ConditionalCheckFailedException askedAgainMeanwhile) {
      // Asked for again after this generation began: keep REQUESTED; that request's message generates once more.
      String filesOnly = record + " ADD #generations :one";
      dynamoDb.updateItem(r -> r.tableName(table).key(CountersTable.catalogKey(period))
          .updateExpression(filesOnly).expressionAttributeNames(names(filesOnly)).expressionAttributeValues(values));
    }
  }

  @Override
  public Optional<ReportEntry> find(Period period) {
    Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(table).key(CountersTable.catalogKey(period))
        .consistentRead(true)).item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(entry(item));
  }

  @Override
  public Page<ReportEntry> list(Optional<ReportKind> kind, PageRequest page) {
    Map<String, AttributeValue> values = new HashMap<>();
    values.put(":pk", s(CountersTable.CATALOG_PK));
    String condition = "#pk = :pk";
    if (kind.isPresent()) {
      values.put(":prefix", s(CountersTable.catalogPrefix(kind.get())));
      condition += " AND begins_with(#sk, :prefix)";
    }
    QueryRequest query = QueryRequest.builder().tableName(table).keyConditionExpression(condition)
        .expressionAttributeNames(kind.isPresent() ? Map.of("#pk", CountersTable.PK, "#sk", CountersTable.SK)
            : Map.of("#pk", CountersTable.PK))
        .expressionAttributeValues(values).scanIndexForward(false).build();
    Map<String, AttributeValue> startAfter = page.cursor().map(cursor -> KeyCursor.decode(cursor, KEY_NAMES,
        key -> CountersTable.CATALOG_PK.equals(key.get(CountersTable.PK))
            && kind.map(k -> key.get(CountersTable.SK).startsWith(CountersTable.catalogPrefix(k)))
                .orElse(key.get(CountersTable.SK).contains("#")))).orElse(Map.of());
    QueryPages.Slice slice = QueryPages.read(dynamoDb, query, startAfter, page.limit(), KEY_NAMES);
    return new Page<>(slice.items().stream().map(DynamoReportCatalog::entry).toList(),
        slice.resumeAfter().map(KeyCursor::encode));
  }

  private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("#[A-Za-z]+");
  private static final String DESCRIBE = "SET #id = :id, #kind = :kind, #period = :period, #firstDay = :first, "
      + "#lastDay = :last";

  private static Map<String, AttributeValue> describing(Period period) {
    Map<String, AttributeValue> values = new HashMap<>();
    values.put(":id", s(ReportIds.of(period)));
    values.put(":kind", s(period.kind().name()));
    values.put(":period", s(period.label()));
    values.put(":first", s(period.first().toString()));
    values.put(":last", s(period.last().toString()));
    return values;
  }

  /** The attribute names an expression uses: DynamoDB refuses names it does not use. */
  private static Map<String, String> names(String... expressions) {
    Map<String, String> names = new HashMap<>();
    for (String expression : expressions) {
      java.util.regex.Matcher placeholder = PLACEHOLDER.matcher(expression);
      while (placeholder.find()) {
        names.put(placeholder.group(), placeholder.group().substring(1));
      }
    }
    return names;
  }

  private static AttributeValue files(List<StoredFile> files) {
    Map<String, AttributeValue> byFormat = new LinkedHashMap<>();
    files.forEach(file -> byFormat.put(file.format().name(), AttributeValue.fromM(Map.of(
        CountersTable.KEY, s(file.key()), CountersTable.BYTES, n(file.bytes())))));
    return AttributeValue.fromM(byFormat);
  }

  private static ReportEntry entry(Map<String, AttributeValue> item) {
    Period period = Period.parse(ReportKind.valueOf(string(item, CountersTable.KIND)), string(item, CountersTable.PERIOD));
    List<StoredFile> files = new ArrayList<>();
    AttributeValue stored = item.get(CountersTable.FILES);
    if (stored != null && stored.hasM()) {
      for (ReportFormat format : ReportFormat.values()) {
        AttributeValue file = stored.m().get(format.name());
        if (file != null && file.hasM()) {
          files.add(new StoredFile(format, string(file.m(), CountersTable.KEY), Attributes.number(file.m(), CountersTable.BYTES)));
        }
      }
    }
    Optional<ReadCost> read = item.containsKey(CountersTable.ITEMS_READ)
        ? Optional.of(new ReadCost((int) Attributes.number(item, CountersTable.ITEMS_READ),
            Attributes.decimal(item, CountersTable.CAPACITY_UNITS).map(java.math.BigDecimal::doubleValue).orElse(0.0)))
        : Optional.empty();
    return new ReportEntry(string(item, CountersTable.ID), period,
        ReportStatus.valueOf(string(item, CountersTable.STATUS)),
        Attributes.optionalString(item, CountersTable.REQUESTED_AT).map(Instant::parse).orElse(Instant.EPOCH),
        Attributes.optionalString(item, CountersTable.REQUESTED_BY).orElse(""),
        Attributes.optionalString(item, CountersTable.GENERATED_AT).map(Instant::parse),
        item.containsKey(CountersTable.GENERATIONS) ? Attributes.number(item, CountersTable.GENERATIONS) : 0,
        files, read);
  }
}
