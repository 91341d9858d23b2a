package org.laborbridge.reports.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import org.junit.jupiter.api.Test;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import org.laborbridge.platform.testing.ApiGatewayResponse;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The schedules ask for the week or month that has just ended in China Standard Time; the catalog lists reports
 * newest first, a page at a time.
 */
class SchedulesTest extends ReportsHandlerTest {

  /** 02:00 in Shanghai on Monday 30 November 2026, Tuesday 1 December 2026 and Monday 4 January 2027. */
  private static final Instant MONDAY = Instant.parse("2026-11-29T18:00:00Z");
  private static final Instant FIRST = Instant.parse("2026-11-30T18:00:00Z");
  private static final Instant NEW_YEAR_MONDAY = Instant.parse("2027-01-03T18:00:00Z");

  @Test
  void each_schedule_asks_for_the_period_that_just_ended_and_the_week_s_edges_are_shanghai_midnights() {
    // Six jobs at 23:30 on Sunday 29 November in Shanghai (week 48), seven at 00:30 on Monday 30 November (week 49).
    new Activity(function.counters, Instant.parse("2026-11-29T15:30:00Z")).jobsPosted("51", 6, 1);
    new Activity(function.counters, Instant.parse("2026-11-29T16:30:00Z")).jobsPosted("51", 7, 1);

    function.clock.set(MONDAY);
    assertEquals("weekly-2026-W48", function.weekly.handleRequest(Map.of(), new MockLambdaContext()));
    function.clock.set(FIRST);
    assertEquals("monthly-2026-11", function.monthly.handleRequest(Map.of(), new MockLambdaContext()));
    function.clock.set(NEW_YEAR_MONDAY);
    assertEquals("weekly-2026-W53", function.weekly.handleRequest(Map.of(), new MockLambdaContext()));

    List<JsonNode> messages = function.drainQueue();
    assertEquals(List.of("weekly-2026-W48", "monthly-2026-11", "weekly-2026-W53"),
        messages.stream().map(m -> m.path("data").path("reportId").asText()).sorted(SchedulesTest::byRequestOrder).toList());
    JsonNode week48 = function.report("weekly-2026-W48");
    assertEquals("schedule", week48.path("requestedBy").asText());
    assertEquals("2026-11-23", week48.path("firstDay").asText());
    assertEquals("2026-11-29", week48.path("lastDay").asText());
    assertTrue(csv(week48).contains("\r\nSichuan,51,6,0,6\r\n"));
    assertTrue(csv(function.report("monthly-2026-11")).contains("\r\nSichuan,51,13,0,13\r\n"));
    // A week is filed in the month of its Thursday: week 53 of 2026 (28 December to 3 January) under 2026/12.
    assertTrue(function.reportKeys().contains("reports/2026/12/laborbridge-weekly-2026-W53.xlsx"), function.reportKeys()::toString);
    assertTrue(function.reportKeys().contains("reports/2026/11/laborbridge-weekly-2026-W48.html"));

    // Newest first, weekly before monthly, two to a page.
    ApiGatewayResponse first = function.send(ApiGatewayRequests.get("/v1/reports").query("limit", "2").asStaff("54"));
    assertEquals(200, first.status(), first::toString);
    assertEquals(List.of("weekly-2026-W53", "weekly-2026-W48"), ids(first.json()));
    assertFalse(first.json().path("items").get(0).path("files").get(0).has("url"), "lists carry no download links");
    ApiGatewayResponse second = function.send(ApiGatewayRequests.get("/v1/reports").query("limit", "2")
        .query("cursor", first.json().path("nextCursor").asText()).asStaff("54"));
    assertEquals(List.of("monthly-2026-11"), ids(second.json()));
    assertFalse(second.json().has("nextCursor"));
    ApiGatewayResponse monthly = function.send(ApiGatewayRequests.get("/v1/reports").query("kind", "monthly").asStaff("54"));
    assertEquals(List.of("monthly-2026-11"), ids(monthly.json()));
  }

  private static int byRequestOrder(String a, String b) {
    List<String> order = List.of("weekly-2026-W48", "monthly-2026-11", "weekly-2026-W53");
    return Integer.compare(order.indexOf(a), order.indexOf(b));
  }

  private static List<String> ids(JsonNode page) {
    return java.util.stream.StreamSupport.stream(page.path("items").spliterator(), false).map(i -> i.path("id").asText()).toList();
  }

  private String csv(JsonNode report) {
    for (JsonNode file : report.path("files")) {
      if (file.path("format").asText().equals("CSV")) {
        return new String(function.download(file.path("url").asText()), StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("no CSV in " + report);
  }
}
