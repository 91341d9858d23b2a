package org.laborbridge.reports.store;

import org.laborbridge.platform.dynamo.QueryPages;
import org.laborbridge.reports.domain.Period;
import org.laborbridge.reports.domain.ProgrammeRecords;
import org.laborbridge.shared.region.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import static org.laborbridge.platform.dynamo.Attributes.s;

/**
 * The repair command's reading of other functions' tables (read-only grants in template.yaml), and the ONE class of
 * this function allowed to Scan. The repair is an operator's batch job, run by hand, never on a request or event
 * path; workers and transfers have no index by time, so a paged, projected Scan is the honest way to read them.
 * Jobs and fairs are read through their indexes (Query).
 *
 * <p>The layouts below are those of the owning functions' table classes (jobs: JobsTable, WorkersTable; fairs:
 * FairsTable; transfers: TransfersTable, still a draft), repeated here as names only: this function may not depend on
 * theirs. Only the attributes a count needs are projected: no name, identity number or phone is ever read.
 */
public final class RecordsForRepair implements ProgrammeRecords {

  // JobsTable (functions/jobs JobsTable): index byRegionStatus, gsi1pk REGION#<code>#<status>, gsi1sk createdAt#id.
  static final String JOBS_INDEX = "byRegionStatus";
  static final DateTimeFormatter JOBS_SORTABLE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
      .withZone(ZoneOffset.UTC);
  // WorkersTable: pk WORKER#id, sk WORKER.
  static final String WORKER_SK = "WORKER";
  // FairsTable: index byRegionStart, gsi1pk FAIRS#<code>, gsi1sk startsAt (seconds, UTC)#id; registrations in the
  // fair's partition FAIR#id with sort keys REG#<registrationId>.
  static final String FAIRS_INDEX = "byRegionStart";
  static final DateTimeFormatter FAIRS_SORTABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
      .withZone(ZoneOffset.UTC);
  /**
   * A fair lasts at most 31 days and takes registrations until it ends at the latest: a fair with a registration or
   * check-in in the period starts no earlier than this before the period.
   */
  static final Duration FAIR_REACH = Duration.ofDays(32);
  // TransfersTable (draft): pk TRANSFER#id, sk TRANSFER.
  static final String TRANSFER_SK = "TRANSFER";

  private final DynamoDbClient dynamoDb;
  private final String jobsTable;
  private final String workersTable;
  private final String fairsTable;
  private final String transfersTable;

  public RecordsForRepair(DynamoDbClient dynamoDb, String jobsTable, String workersTable, String fairsTable,
      String transfersTable) {
    this.dynamoDb = dynamoDb;
    this.jobsTable = jobsTable;
    this.workersTable = workersTable;
    this.fairsTable = fairsTable;
    this.transfersTable = transfersTable;
  }

  /** Per region: active jobs created in the period, and every closed job created before its end. */
  @Override
  public void jobs(Period period, Consumer<Job> each) {
    String start = JOBS_SORTABLE.format(period.start());
    String end = JOBS_SORTABLE.format(period.end());
    for (Region region : Region.values()) {
      Consumer<Map<String, AttributeValue>> toJob = item -> each.accept(new Job(region, instant(item, "createdAt"),
          optionalInstant(item, "closedAt"), number(item, "openings")));
      query(QueryRequest.builder().tableName(table(jobsTable, "jobs")).indexName(JOBS_INDEX)
          .keyConditionExpression("#pk = :pk AND #sk BETWEEN :start AND :end")
          .expressionAttributeNames(Map.of("#pk", "gsi1pk", "#sk", "gsi1sk", "#c", "createdAt", "#x", "closedAt",
              "#o", "openings"))
          .expressionAttributeValues(Map.of(":pk", s("REGION#" + region.code() + "#ACTIVE"), ":start", s(start),
              ":end", s(end)))
          .projectionExpression("#c, #x, #o").build(), toJob);
      query(QueryRequest.builder().tableName(table(jobsTable, "jobs")).indexName(JOBS_INDEX)
          .keyConditionExpression("#pk = :pk AND #sk < :end")
          .expressionAttributeNames(Map.of("#pk", "gsi1pk", "#sk", "gsi1sk", "#c", "createdAt", "#x", "closedAt",
              "#o", "openings"))
          .expressionAttributeValues(Map.of(":pk", s("REGION#" + region.code() + "#CLOSED"), ":end", s(end)))
          .projectionExpression("#c, #x, #o").build(), toJob);
    }
  }

  /** Every worker (Scan: the table has no index by time); only home county, registration time and groups. */
  @Override
  public void workers(Period period, Consumer<Worker> each) {
    scan(ScanRequest.builder().tableName(table(workersTable, "workers"))
        .filterExpression("#sk = :worker")
        .expressionAttributeNames(Map.of("#sk", "sk", "#c", "createdAt", "#h", "homeCounty", "#g", "priorityGroups"))
        .expressionAttributeValues(Map.of(":worker", s(WORKER_SK)))
        .projectionExpression("#c, #h, #g").build(), item -> province(item, "homeCounty").ifPresent(region ->
            each.accept(new Worker(region, instant(item, "createdAt"), texts(item, "priorityGroups")))));
  }

  /** The fairs of each region that may hold the period's registrations and check-ins, then each one's registrations. */
  @Override
  public void registrations(Period period, Consumer<Registration> each) {
    String from = FAIRS_SORTABLE.format(period.start().minus(FAIR_REACH));
    for (Region region : Region.values()) {
      List<String> fairIds = new ArrayList<>();
      query(QueryRequest.builder().tableName(table(fairsTable, "fairs")).indexName(FAIRS_INDEX)
          .keyConditionExpression("#pk = :pk AND #sk >= :from")
          .expressionAttributeNames(Map.of("#pk", "gsi1pk", "#sk", "gsi1sk", "#id", "id"))
          .expressionAttributeValues(Map.of(":pk", s("FAIRS#" + region.code()), ":from", s(from)))
          .projectionExpression("#id").build(), item -> fairIds.add(item.get("id").s()));
      for (String fairId : fairIds) {
        query(QueryRequest.builder().tableName(table(fairsTable, "fairs"))
            .keyConditionExpression("#pk = :pk AND begins_with(#sk, :reg)")
            .expressionAttributeNames(Map.of("#pk", "pk", "#sk", "sk", "#p", "place", "#h", "homeRegion",
                "#r", "registeredAt", "#c", "checkedInAt"))
            .expressionAttributeValues(Map.of(":pk", s("FAIR#" + fairId), ":reg", s("REG#")))
            .projectionExpression("#p, #h, #r, #c").build(), item -> Region.find(text(item, "homeRegion"))
                .ifPresent(home -> each.accept(new Registration(region, home, "SEAT".equals(text(item, "place")),
                    instant(item, "registeredAt"), optionalInstant(item, "checkedInAt")))));
      }
    }
  }

  /** Every transfer request (Scan: no index by time); only its transfer-in region, state times and deadline flags. */
  @Override
  public void transfers(Period period, Consumer<Transfer> each) {
    scan(ScanRequest.builder().tableName(table(transfersTable, "transfers"))
        .filterExpression("#sk = :transfer")
        .expressionAttributeNames(Map.of("#sk", "sk", "#in", "transferIn", "#r", "reachedAt", "#f", "flags"))
        .expressionAttributeValues(Map.of(":transfer", s(TRANSFER_SK)))
        .projectionExpression("#in, #r, #f").build(), item -> {
          AttributeValue in = item.get("transferIn");
          Optional<Region> region = in == null || !in.hasM() ? Optional.empty() : Region.find(text(in.m(), "region"));
          if (region.isEmpty()) {
            return;
          }
          Map<String, Instant> reached = new LinkedHashMap<>();
          AttributeValue times = item.get("reachedAt");
          if (times != null && times.hasM()) {
            times.m().forEach((state, at) -> reached.put(state, Instant.parse(at.s())));
          }
          List<Instant> flagged = new ArrayList<>();
          AttributeValue flags = item.get("flags");
          if (flags != null && flags.hasL()) {
            flags.l().stream().filter(AttributeValue::hasM)
                .forEach(flag -> optionalInstant(flag.m(), "flaggedAt").ifPresent(flagged::add));
          }
          each.accept(new Transfer(region.get(), reached, flagged));
        });
  }

  private void query(QueryRequest request, Consumer<Map<String, AttributeValue>> each) {
    QueryPages.forEachPage(dynamoDb, request, page -> page.items().forEach(each));
  }

  private void scan(ScanRequest request, Consumer<Map<String, AttributeValue>> each) {
    Map<String, AttributeValue> start = null;
    do {
      ScanResponse page = dynamoDb.scan(request.toBuilder().exclusiveStartKey(start).build());
      page.items().forEach(each);
      start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
    } while (start != null);
  }

  private static String table(String name, String what) {
    if (name == null || name.isBlank()) {
      throw new IllegalStateException("the " + what + " table is not set for the repair command (REPORTS_"
          + what.toUpperCase() + "_TABLE)");
    }
    return name;
  }

  private static String text(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null || value.s() == null ? "" : value.s();
  }

  private static Instant instant(Map<String, AttributeValue> item, String name) {
    return optionalInstant(item, name).orElseThrow(() -> new IllegalStateException("a stored record lacks " + name));
  }

  private static Optional<Instant> optionalInstant(Map<String, AttributeValue> item, String name) {
    String text = text(item, name);
    return text.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(text));
  }

  private static long number(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null || value.n() == null ? 0 : new java.math.BigDecimal(value.n()).longValue();
  }

  private static List<String> texts(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    if (value == null) {
      return List.of();
    }
    if (value.hasL()) {
      return value.l().stream().map(AttributeValue::s).filter(t -> t != null && !t.isBlank()).toList();
    }
    return value.hasSs() ? value.ss() : List.of();
  }

  /** The programme region of a six-digit county code, by its province prefix. */
  private static Optional<Region> province(Map<String, AttributeValue> item, String name) {
    String code = text(item, name);
    return code.length() < 2 ? Optional.empty() : Region.find(code.substring(0, 2));
  }
}
