package org.laborbridge.campaigns.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.laborbridge.platform.testing.ProblemAssertions.assertProblem;

/** Every mistake in a request is a 4xx problem naming the field, and changes nothing stored. */
class BadInputTest extends CampaignsHandlerTest {

  @BeforeAll
  void aSeededCalendar() {
    // Reading this year and next seeds them; from here on a refused request must leave the table as it is.
    assertEquals(200, lambdas.send(ApiGatewayRequests.get("/v1/campaigns").asStaff("51")).status());
    assertEquals(200, lambdas.send(ApiGatewayRequests.get("/v1/campaigns").query("year", "2028").asStaff("51")).status());
  }

  static Stream<Arguments> badCampaigns() {
    return Stream.of(
        campaign("name", b -> b.put("name", " ")),
        campaign("name", b -> b.put("name", "x".repeat(201))),
        campaign("message", b -> b.remove("message")),
        campaign("message", b -> b.put("message", "x".repeat(501))),
        campaign("startsOn", b -> b.put("startsOn", "25 January")),
        campaign("endsOn", b -> b.remove("endsOn")),
        campaign("endsOn", b -> b.put("endsOn", "2027-02-20")),
        campaign("endsOn", b -> b.put("endsOn", "2027-01-19")),
        campaign("endsOn", b -> b.put("endsOn", "2028-06-01")),
        campaign("targetGroups", b -> b.putArray("targetGroups")),
        campaign("targetGroups[1]", b -> b.putArray("targetGroups").add("EMPLOYERS").add("FARMERS")),
        campaign("regions", b -> b.putArray("regions")),
        campaign("regions[0]", b -> b.putArray("regions").add("44")),
        campaign("reminders[0].on", b -> b.putArray("reminders").addObject().put("on", "2027-05-01")),
        campaign("reminders[0].on", b -> b.putArray("reminders").addObject().put("on", "2027-02-20")),
        campaign("reminders[0].on", b -> b.putArray("reminders").addObject().put("message", "no day")),
        campaign("reminders[1].on", b -> {
          var list = b.putArray("reminders");
          list.addObject().put("on", "2027-03-01");
          list.addObject().put("on", "2027-03-01");
        }),
        campaign("reminders[0].fairId", b -> b.putArray("reminders").addObject().put("on", "2027-03-01")
            .put("fairId", "fair-that-is-not")),
        campaign("reminders[0].message", b -> b.putArray("reminders").addObject().put("on", "2027-03-01")
            .put("message", "x".repeat(501))),
        campaign("reminders", b -> {
          var list = b.putArray("reminders");
          for (int i = 0; i < 21; i++) {
            list.addObject().put("on", "2027-03-" + String.format("%02d", i + 1));
          }
        }));
  }

  private static Arguments campaign(String field, Consumer<ObjectNode> change) {
    ObjectNode body = CalendarApiTest.body("shaanxi-nope-2027");
    change.accept(body);
    return Arguments.of(field, body.toString());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("badCampaigns")
  void a_bad_campaign_is_refused_with_the_field_named_and_nothing_stored(String field, String body) {
    List<Map<String, AttributeValue>> before = lambdas.everything();
    ObjectNode change = (ObjectNode) CampaignsLambdas.parse(body);
    change.remove("id");
    change.put("version", 1);

    assertProblem(lambdas.send(ApiGatewayRequests.post("/v1/campaigns", body).asStaff("51")), 400, field);
    assertProblem(lambdas.send(ApiGatewayRequests.put("/v1/campaigns/spring-breeze-2027", change.toString())
        .asStaff("51")), 400, field);

    assertEquals(before, lambdas.everything());
  }

  static Stream<Arguments> badRequests() {
    String good = CalendarApiTest.body("hubei-nope-2027").toString();
    ObjectNode noVersion = CalendarApiTest.body("x");
    noVersion.remove("id");
    ObjectNode otherId = CalendarApiTest.body("another-id-2027").put("version", 1);
    ObjectNode badStatus = CalendarApiTest.body("x").put("version", 1).put("status", "PAUSED");
    badStatus.remove("id");
    ObjectNode stale = CalendarApiTest.body("x").put("version", 7);
    stale.remove("id");
    return Stream.of(
        Arguments.of("not JSON", ApiGatewayRequests.post("/v1/campaigns", "{\"name\": ").asStaff("51"), 400, null),
        Arguments.of("a JSON list", ApiGatewayRequests.post("/v1/campaigns", "[]").asStaff("51"), 400, null),
        Arguments.of("target groups as an object", ApiGatewayRequests.post("/v1/campaigns",
            good.replace("[\"ALL_JOB_SEEKERS\"]", "{\"a\":1}")).asStaff("51"), 400, null),
        Arguments.of("an id with spaces", ApiGatewayRequests.post("/v1/campaigns",
            good.replace("hubei-nope-2027", "Hubei 2027")).asStaff("51"), 400, "id"),
        Arguments.of("no id", ApiGatewayRequests.post("/v1/campaigns", good.replace("\"id\":\"hubei-nope-2027\",", ""))
            .asStaff("51"), 400, "id"),
        Arguments.of("a version when adding", ApiGatewayRequests.post("/v1/campaigns",
            CalendarApiTest.body("hubei-nope-2027").put("version", 1).toString()).asStaff("51"), 400, "version"),
        Arguments.of("a worker adding", ApiGatewayRequests.post("/v1/campaigns", good).asWorker("w"), 403, null),
        Arguments.of("an employer changing", ApiGatewayRequests.put("/v1/campaigns/spring-breeze-2027", good)
            .asEmployer("e"), 403, null),
        Arguments.of("a change without version", ApiGatewayRequests.put("/v1/campaigns/spring-breeze-2027",
            noVersion.toString()).asStaff("51"), 400, "version"),
        Arguments.of("a change of id", ApiGatewayRequests.put("/v1/campaigns/spring-breeze-2027",
            otherId.toString()).asStaff("51"), 400, "id"),
        Arguments.of("an unknown status", ApiGatewayRequests.put("/v1/campaigns/spring-breeze-2027",
            badStatus.toString()).asStaff("51"), 400, "status"),
        Arguments.of("a stale version", ApiGatewayRequests.put("/v1/campaigns/spring-breeze-2027",
            stale.toString()).asStaff("51"), 409, null),
        Arguments.of("a change of an unknown campaign", ApiGatewayRequests.put("/v1/campaigns/nope-2027",
            stale.toString()).asStaff("51"), 404, null),
        Arguments.of("an unknown campaign", ApiGatewayRequests.get("/v1/campaigns/nope-2027").asWorker("w"), 404, null),
        Arguments.of("a list of year 1999", ApiGatewayRequests.get("/v1/campaigns").query("year", "1999").asWorker("w"),
            400, "year"),
        Arguments.of("a list of year 2040", ApiGatewayRequests.get("/v1/campaigns").query("year", "2040").asWorker("w"),
            400, "year"),
        Arguments.of("a list of year soon", ApiGatewayRequests.get("/v1/campaigns").query("year", "soon").asWorker("w"),
            400, "year"),
        Arguments.of("a list with limit 0", ApiGatewayRequests.get("/v1/campaigns").query("limit", "0").asWorker("w"),
            400, "limit"),
        Arguments.of("a list with a forged cursor", ApiGatewayRequests.get("/v1/campaigns").query("cursor", "eyJ4IjoxfQ")
            .asWorker("w"), 400, "cursor"),
        Arguments.of("a send day that is no date", ApiGatewayRequests.get("/v1/campaigns/spring-breeze-2027/days/monday")
            .asStaff("51"), 400, "day"),
        Arguments.of("a send day of an unknown campaign", ApiGatewayRequests.get("/v1/campaigns/nope-2027/days/2027-01-25")
            .asStaff("51"), 404, null),
        Arguments.of("a send day read by a worker", ApiGatewayRequests.get("/v1/campaigns/spring-breeze-2027/days/2027-01-25")
            .asWorker("w"), 403, null),
        Arguments.of("no signed-in user", ApiGatewayRequests.get("/v1/campaigns"), 401, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRequests")
  void a_bad_request_is_refused_and_changes_nothing(String what, ApiGatewayRequests request, int status, String field) {
    List<Map<String, AttributeValue>> before = lambdas.everything();

    assertProblem(lambdas.send(request), status, field);

    assertEquals(before, lambdas.everything());
  }
}
