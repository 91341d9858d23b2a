package org.laborbridge.reports.api;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import org.laborbridge.platform.testing.ApiGatewayResponse;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.laborbridge.platform.testing.ProblemAssertions.assertProblem;

/** Every mistake in a request is a 4xx problem naming the field, queues nothing and changes nothing stored. */
class BadInputTest extends ReportsHandlerTest {

  private static String monthlyCursor;

  @BeforeAll
  void twoMonthlyReports() {
    function.request("MONTHLY", "2026-10");
    function.request("MONTHLY", "2026-11");
    function.drainQueue();
    ApiGatewayResponse page = function.send(ApiGatewayRequests.get("/v1/reports").query("kind", "MONTHLY")
        .query("limit", "1").asStaff("51"));
    assertEquals(200, page.status(), page::toString);
    monthlyCursor = page.json().path("nextCursor").asText();
  }

  static Stream<Arguments> badRequests() {
    return Stream.of(
        bad("a kind that is none", post("{\"kind\":\"YEARLY\",\"period\":\"2026\"}"), 400, "kind"),
        bad("a thirteenth month", post("{\"kind\":\"MONTHLY\",\"period\":\"2026-13\"}"), 400, "period"),
        bad("a month in words", post("{\"kind\":\"MONTHLY\",\"period\":\"November\"}"), 400, "period"),
        bad("a month for a week", post("{\"kind\":\"WEEKLY\",\"period\":\"2026-11\"}"), 400, "period"),
        bad("a 53rd week of a 52-week year", post("{\"kind\":\"WEEKLY\",\"period\":\"2027-W53\"}"), 400, "period"),
        bad("a week zero", post("{\"kind\":\"WEEKLY\",\"period\":\"2026-W00\"}"), 400, "period"),
        bad("a year before the platform", post("{\"kind\":\"MONTHLY\",\"period\":\"2019-12\"}"), 400, "period"),
        bad("a month not begun yet", post("{\"kind\":\"MONTHLY\",\"period\":\"2027-01\"}"), 400, "period"),
        bad("no period", post("{\"kind\":\"MONTHLY\"}"), 400, "period"),
        bad("nothing", post("{}"), 400, "kind"),
        bad("no body", ApiGatewayRequests.post("/v1/reports", null).asStaff("51"), 400, "body"),
        bad("a list for a period", post("{\"kind\":\"MONTHLY\",\"period\":[2026, 11]}"), 400, null),
        bad("not JSON", post("{\"kind\": "), 400, null),
        bad("a worker asking", ApiGatewayRequests.post("/v1/reports", "{\"kind\":\"MONTHLY\",\"period\":\"2026-11\"}")
            .asWorker("worker-li-wei"), 403, null),
        bad("an employer asking", ApiGatewayRequests.post("/v1/reports", "{\"kind\":\"MONTHLY\",\"period\":\"2026-11\"}")
            .asEmployer("employer-x"), 403, null),
        bad("nobody signed in", ApiGatewayRequests.post("/v1/reports", "{\"kind\":\"MONTHLY\",\"period\":\"2026-11\"}"), 401, null),
        bad("a list of a kind that is none", ApiGatewayRequests.get("/v1/reports").query("kind", "DAILY").asStaff("51"), 400, "kind"),
        bad("a list of none", ApiGatewayRequests.get("/v1/reports").query("limit", "0").asStaff("51"), 400, "limit"),
        bad("a list of too many", ApiGatewayRequests.get("/v1/reports").query("limit", "101").asStaff("51"), 400, "limit"),
        bad("a forged cursor", ApiGatewayRequests.get("/v1/reports").query("cursor", "eyJ4IjoxfQ").asStaff("51"), 400, "cursor"),
        bad("a worker listing", ApiGatewayRequests.get("/v1/reports").asWorker("worker-li-wei"), 403, null),
        bad("a report id that is none", ApiGatewayRequests.get("/v1/reports/annual-2026").asStaff("51"), 404, null),
        bad("a report of a thirteenth month", ApiGatewayRequests.get("/v1/reports/monthly-2026-13").asStaff("51"), 404, null),
        bad("a report never asked for", ApiGatewayRequests.get("/v1/reports/weekly-2026-W48").asStaff("51"), 404, null),
        bad("a worker reading a report", ApiGatewayRequests.get("/v1/reports/monthly-2026-11").asWorker("w"), 403, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRequests")
  void a_bad_request_is_refused_and_changes_nothing(String what, ApiGatewayRequests request, int status, String field) {
    List<Map<String, AttributeValue>> before = function.everything();

    assertProblem(function.send(request), status, field);

    assertEquals(before, function.everything());
    assertEquals(0, function.waitingOnQueue());
  }

  @org.junit.jupiter.api.Test
  void a_cursor_of_monthly_reports_is_refused_for_weekly_ones() {
    assertProblem(function.send(ApiGatewayRequests.get("/v1/reports").query("kind", "WEEKLY").query("cursor", monthlyCursor)
        .asStaff("51")), 400, "cursor");
    assertEquals(200, function.send(ApiGatewayRequests.get("/v1/reports").query("kind", "MONTHLY")
        .query("cursor", monthlyCursor).asStaff("51")).status());
  }

  private static ApiGatewayRequests post(String body) {
    return ApiGatewayRequests.post("/v1/reports", body).asStaff("51");
  }

  private static Arguments bad(String what, ApiGatewayRequests request, int status, String field) {
    return Arguments.of(what, request, status, field);
  }
}
