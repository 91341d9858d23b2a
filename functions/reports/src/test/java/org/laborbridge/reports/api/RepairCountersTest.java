package org.laborbridge.reports.api;

import io.micronaut.function.aws.proxy.MockLambdaContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The operator's repair command recomputes a month's counters from the jobs, workers, fair registrations and
 * transfers as their functions store them, writes absolute values (running it twice changes nothing more), and leaves
 * alone what it cannot recompute (matches, pushes, deliveries, campaign messages, matched flows).
 */
class RepairCountersTest extends ReportsHandlerTest {

  private static final DateTimeFormatter JOBS_SORTABLE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
      .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter FAIRS_SORTABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
      .withZone(ZoneOffset.UTC);
  private static final String NOV = "2026-11-";

  @BeforeAll
  void recordsOfNovemberAndCountersThatDriftedFromThem() {
    // Jobs in Zhejiang: six active and two closed posted in November, one posted in October and closed in November,
    // one active from October, one posted at 00:30 on 1 December in Shanghai.
    for (int i = 0; i < 6; i++) {
      job("active-" + i, "330200", "ACTIVE", NOV + "1" + i + "T02:00:00Z", null, 2);
    }
    job("closed-1", "330200", "CLOSED", NOV + "02T02:00:00Z", NOV + "20T02:00:00Z", 5);
    job("closed-2", "331000", "CLOSED", NOV + "03T02:00:00Z", NOV + "21T02:00:00Z", 5);
    job("closed-old", "330200", "CLOSED", "2026-10-03T02:00:00Z", NOV + "05T02:00:00Z", 9);
    job("active-old", "330200", "ACTIVE", "2026-10-04T02:00:00Z", null, 9);
    job("active-december", "330200", "ACTIVE", "2026-11-30T16:30:00Z", null, 9);

    // Workers from Sichuan (seven in November, one in October) and one from Chongqing; an identity guard item.
    worker("w1", "510104", NOV + "01T03:00:00Z", "LIFTED_OUT_OF_POVERTY");
    worker("w2", "510104", NOV + "02T03:00:00Z", "LIFTED_OUT_OF_POVERTY");
    worker("w3", "512000", NOV + "03T03:00:00Z", "LIFTED_OUT_OF_POVERTY", "RELOCATED");
    for (int i = 4; i <= 7; i++) {
      worker("w" + i, "513401", NOV + "1" + i + "T03:00:00Z");
    }
    worker("w-october", "510104", "2026-10-30T03:00:00Z");
    worker("w-chongqing", "500101", NOV + "09T03:00:00Z");
    put("WorkersTable", Map.of("pk", s("IDENTITY#0f1e2d"), "sk", s("IDENTITY"), "workerId", s("w1")));

    // A Ningbo fair on 20 November: four Sichuan job seekers and an employer registered in November, two of the
    // seekers checked in, and one seeker who registered in October checked in too. An old fair in June, and a
    // Chengdu fair in December with two Chongqing seekers registered in late November.
    fair("ningbo", "33", "2026-11-20T01:00:00Z");
    for (int i = 1; i <= 4; i++) {
      registration("ningbo", "r" + i, "SEAT", "51", NOV + "0" + (i + 4) + "T02:00:00Z", i <= 2 ? NOV + "20T02:00:00Z" : null);
    }
    registration("ningbo", "booth", "BOOTH", "33", NOV + "06T02:00:00Z", null);
    registration("ningbo", "r-october", "SEAT", "51", "2026-10-30T02:00:00Z", NOV + "20T03:00:00Z");
    fair("june", "33", "2026-06-01T01:00:00Z");
    registration("june", "r-june", "SEAT", "51", "2026-05-20T02:00:00Z", "2026-06-01T02:00:00Z");
    fair("chengdu", "51", "2026-12-10T01:00:00Z");
    registration("chengdu", "c1", "SEAT", "50", NOV + "28T02:00:00Z", null);
    registration("chengdu", "c2", "SEAT", "50", NOV + "28T03:00:00Z", null);

    // Transfers into Zhejiang (one wholly in November, one applied for in October and completed in November) and one
    // into Jiangsu rejected in November.
    transfer("t1", "33", Map.of("SUBMITTED", NOV + "02T02:00:00Z", "ACCEPTED", NOV + "03T02:00:00Z",
        "LETTER_SENT", NOV + "03T03:00:00Z", "OUT_CONFIRMED", NOV + "09T02:00:00Z", "FUNDS_TRANSFERRED", NOV + "20T02:00:00Z",
        "COMPLETED", NOV + "22T02:00:00Z"), NOV + "12T00:30:00Z");
    transfer("t2", "33", Map.of("SUBMITTED", "2026-10-20T02:00:00Z", "ACCEPTED", "2026-10-21T02:00:00Z",
        "COMPLETED", NOV + "04T02:00:00Z"), null);
    transfer("t3", "32", Map.of("SUBMITTED", NOV + "05T02:00:00Z", "REJECTED", NOV + "06T02:00:00Z"), null);

    // The counters as the live writers left them: some counts missed, some stale, some the repair does not own.
    counter("REGION#33", Map.of("jobsPosted", 5, "matchesMade", 40, "transfers.CANCELLED", 3));
    counter("REGION#54", Map.of("jobsPosted", 2, "campaignMessages", 9));
    counter("FLOW#51#33", Map.of("matched", 12, "fairRegistered", 1));
    counter("FLOW#53#32", Map.of("fairRegistered", 3));
    put("CountersTable", Map.of("pk", s("COUNTS#W#2026-W47"), "sk", s("REGION#33"), "jobsPosted", n(99)));
  }

  @Test
  void the_month_s_counters_are_recomputed_from_the_records_and_a_second_run_changes_nothing() {
    Map<String, Object> answer = function.repair.handleRequest(Map.of("kind", "MONTHLY", "period", "2026-11"),
        new MockLambdaContext());

    assertEquals(Map.of("period", "monthly-2026-11", "jobsRead", 9L, "workersRead", 9L, "registrationsRead", 8L,
        "transfersRead", 3L, "itemsWritten", 8), answer);
    Map<String, Map<String, Long>> expected = new TreeMap<>(Map.of(
        "REGION#33", Map.ofEntries(Map.entry("jobsPosted", 8L), Map.entry("openings", 22L), Map.entry("jobsClosed", 3L),
            Map.entry("matchesMade", 40L), Map.entry("fairRegistrations", 5L), Map.entry("fairCheckIns", 3L),
            Map.entry("transfers.SUBMITTED", 1L), Map.entry("transfers.ACCEPTED", 1L), Map.entry("transfers.LETTER_SENT", 1L),
            Map.entry("transfers.OUT_CONFIRMED", 1L), Map.entry("transfers.FUNDS_TRANSFERRED", 1L),
            Map.entry("transfers.COMPLETED", 2L), Map.entry("transferDaysToComplete", 35L), Map.entry("transfersOverdue", 1L)),
        "REGION#32", Map.of("transfers.SUBMITTED", 1L, "transfers.REJECTED", 1L),
        "REGION#51", Map.of("workersRegistered", 7L, "workersRegistered.LIFTED_OUT_OF_POVERTY", 3L,
            "workersRegistered.RELOCATED", 1L, "fairRegistrations", 2L),
        "REGION#50", Map.of("workersRegistered", 1L),
        "REGION#54", Map.of("campaignMessages", 9L),
        "FLOW#51#33", Map.of("matched", 12L, "fairRegistered", 4L),
        "FLOW#50#51", Map.of("fairRegistered", 2L)));
    assertEquals(expected, counters("COUNTS#M#2026-11"));

    function.repair.handleRequest(Map.of("kind", "monthly", "period", "2026-11"), new MockLambdaContext());
    assertEquals(expected, counters("COUNTS#M#2026-11"));
    assertEquals(Map.of("REGION#33", Map.of("jobsPosted", 99L)), counters("COUNTS#W#2026-W47"), "other periods untouched");
  }

  @Test
  void a_repair_for_a_period_that_is_none_is_refused() {
    org.junit.jupiter.api.Assertions.assertThrows(org.laborbridge.shared.problem.InvalidValue.class,
        () -> function.repair.handleRequest(Map.of("kind", "MONTHLY", "period", "2026-13"), new MockLambdaContext()));
  }

  /** The partition's items by sort key, each with its non-zero metrics; items left with none are left out. */
  private Map<String, Map<String, Long>> counters(String partition) {
    Map<String, Map<String, Long>> items = new TreeMap<>();
    aws.dynamoDb().query(r -> r.tableName(stack.tableName("CountersTable")).keyConditionExpression("pk = :p")
        .expressionAttributeValues(Map.of(":p", s(partition)))).items().forEach(item -> {
          Map<String, Long> metrics = new HashMap<>();
          item.forEach((name, value) -> {
            if (value.n() != null) {
              metrics.put(name, Long.parseLong(value.n()));
            }
          });
          if (!metrics.isEmpty()) {
            items.put(item.get("sk").s(), metrics);
          }
        });
    return items;
  }

  private void job(String id, String county, String status, String createdAt, String closedAt, int openings) {
    Instant created = Instant.parse(createdAt);
    Map<String, AttributeValue> item = new HashMap<>(Map.of("pk", s("JOB#" + id), "sk", s("JOB"), "id", s(id),
        "gsi1pk", s("REGION#" + county.substring(0, 2) + "#" + status), "gsi1sk", s(JOBS_SORTABLE.format(created) + "#" + id),
        "status", s(status), "createdAt", s(created.toString()), "countyCode", s(county), "openings", n(openings),
        "title", s("Welder")));
    item.put("employerName", s("Ningbo Harbour Shipbuilding Co."));
    if (closedAt != null) {
      item.put("closedAt", s(closedAt));
    }
    put("JobsTable", item);
  }

  private void worker(String id, String homeCounty, String createdAt, String... groups) {
    put("WorkersTable", Map.of("pk", s("WORKER#" + id), "sk", s("WORKER"), "id", s(id), "homeCounty", s(homeCounty),
        "createdAt", s(createdAt), "priorityGroups", AttributeValue.fromL(Arrays.stream(groups).sorted().map(RepairCountersTest::s).toList()),
        "name", s("Li Wei"), "identityNumber", s("11010519491231002X"), "phone", s("13812345678")));
  }

  private void fair(String id, String region, String startsAt) {
    put("FairsTable", Map.of("pk", s("FAIR#" + id), "sk", s("FAIR"), "id", s(id), "region", s(region),
        "gsi1pk", s("FAIRS#" + region), "gsi1sk", s(FAIRS_SORTABLE.format(Instant.parse(startsAt)) + "#" + id),
        "startsAt", s(startsAt)));
  }

  private void registration(String fairId, String id, String place, String homeRegion, String registeredAt, String checkedInAt) {
    Map<String, AttributeValue> item = new HashMap<>(Map.of("pk", s("FAIR#" + fairId), "sk", s("REG#" + id),
        "registrationId", s(id), "fairId", s(fairId), "place", s(place), "homeRegion", s(homeRegion),
        "registeredAt", s(registeredAt), "status", s("CONFIRMED")));
    if (checkedInAt != null) {
      item.put("checkedInAt", s(checkedInAt));
    }
    put("FairsTable", item);
  }

  private void transfer(String id, String transferIn, Map<String, String> reachedAt, String flaggedAt) {
    Map<String, AttributeValue> reached = new HashMap<>();
    reachedAt.forEach((state, at) -> reached.put(state, s(at)));
    List<AttributeValue> flags = flaggedAt == null ? List.of() : List.of(AttributeValue.fromM(Map.of(
        "deadline", s("TRANSFER_OUT"), "dueOn", s("2026-11-10"), "flaggedAt", s(flaggedAt))));
    put("TransfersTable", Map.of("pk", s("TRANSFER#" + id), "sk", s("TRANSFER"), "id", s(id),
        "transferIn", AttributeValue.fromM(Map.of("region", s(transferIn), "officeCode", s(transferIn + "0100"))),
        "transferOut", AttributeValue.fromM(Map.of("region", s("51"), "officeCode", s("510100"))),
        "reachedAt", AttributeValue.fromM(reached), "flags", AttributeValue.fromL(flags)));
  }

  private void counter(String sortKey, Map<String, Integer> metrics) {
    Map<String, AttributeValue> item = new HashMap<>(Map.of("pk", s("COUNTS#M#2026-11"), "sk", s(sortKey)));
    metrics.forEach((metric, value) -> item.put(metric, n(value)));
    put("CountersTable", item);
  }

  private void put(String table, Map<String, AttributeValue> item) {
    aws.dynamoDb().putItem(r -> r.tableName(stack.tableName(table)).item(item));
  }

  private static AttributeValue s(String text) {
    return AttributeValue.fromS(text);
  }

  private static AttributeValue n(long number) {
    return AttributeValue.fromN(Long.toString(number));
  }
}
