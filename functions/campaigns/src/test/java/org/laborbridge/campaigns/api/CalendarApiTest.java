package org.laborbridge.campaigns.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import org.laborbridge.platform.testing.ApiGatewayResponse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.laborbridge.platform.testing.ProblemAssertions.assertProblem;

/** Staff keep the calendar: seeded years, unique ids, changes from the version read, retries answered alike. */
class CalendarApiTest extends CampaignsHandlerTest {

  static final List<String> DEFAULTS_2027 = List.of("spring-breeze-2027", "private-enterprise-service-month-2027",
      "golden-autumn-recruitment-month-2027", "employment-assistance-month-2027");

  @Test
  void this_years_calendar_starts_with_the_four_default_campaigns_in_date_order_page_by_page() {
    List<JsonNode> items = new ArrayList<>();
    JsonNode page = list("2027", "2", null);
    for (int pages = 1; ; pages++) {
      page.path("items").forEach(items::add);
      if (page.get("nextCursor") == null) {
        break;
      }
      assertEquals(2, page.path("items").size());
      page = list("2027", "2", page.path("nextCursor").asText());
    }

    // Other tests of this class add campaigns of their own; the defaults are there, in the order they start.
    List<JsonNode> defaults = items.stream().filter(i -> DEFAULTS_2027.contains(i.path("id").asText())).toList();
    assertEquals(DEFAULTS_2027, defaults.stream().map(i -> i.path("id").asText()).toList());
    JsonNode assistance = defaults.get(3);
    assertEquals("2027-12-15", assistance.path("startsOn").asText());
    assertEquals("2028-02-05", assistance.path("endsOn").asText());
    assertEquals(List.of("LIFTED_OUT_OF_POVERTY", "RELOCATED", "POVERTY_RETURN_MONITORING", "DIFFICULTY_FINDING_JOBS"),
        texts(assistance.path("targetGroups")));
    assertEquals(9, assistance.path("regions").size());
  }

  @Test
  void a_past_year_is_not_seeded_and_next_year_is() {
    assertEquals(List.of(), ids(list("2025", null, null)));
    assertEquals(List.of("spring-breeze-2028", "private-enterprise-service-month-2028",
        "golden-autumn-recruitment-month-2028", "employment-assistance-month-2028"), ids(list("2028", null, null)));
  }

  @Test
  void an_added_campaign_is_created_once_and_its_retry_answers_the_same() {
    String body = body("jiangsu-skills-week-2027").toString();

    ApiGatewayResponse created = lambdas.send(ApiGatewayRequests.post("/v1/campaigns", body).asStaff("32"));
    ApiGatewayResponse retried = lambdas.send(ApiGatewayRequests.post("/v1/campaigns", body).asStaff("32"));

    assertEquals(201, created.status(), created::toString);
    assertEquals("/v1/campaigns/jiangsu-skills-week-2027", created.header("Location"));
    assertEquals(200, retried.status(), retried::toString);
    assertEquals(created.json(), retried.json());
    assertEquals(List.of("32"), texts(created.json().path("regions")));
  }

  @Test
  void an_id_already_taken_by_another_campaign_is_refused() {
    ObjectNode other = body("spring-breeze-2027");

    assertProblem(lambdas.send(ApiGatewayRequests.post("/v1/campaigns", other.toString()).asStaff("51")), 409, null);
    assertEquals("Spring Breeze Action 2027", campaign("spring-breeze-2027").path("name").asText());
  }

  @Test
  void a_change_from_the_version_read_wins_its_retry_answers_the_same_and_a_stale_one_is_refused() {
    lambdas.send(ApiGatewayRequests.post("/v1/campaigns", body("zhejiang-autumn-docking-2027").toString()).asStaff("33"));
    ObjectNode change = bodyOf(campaign("zhejiang-autumn-docking-2027"));
    change.put("message", "Supply-demand docking events across Zhejiang this week.");
    change.remove("id");

    ApiGatewayResponse changed = lambdas.send(ApiGatewayRequests.put("/v1/campaigns/zhejiang-autumn-docking-2027",
        change.toString()).asStaff("33"));
    ApiGatewayResponse retried = lambdas.send(ApiGatewayRequests.put("/v1/campaigns/zhejiang-autumn-docking-2027",
        change.toString()).asStaff("33"));
    ObjectNode stale = change.deepCopy().put("message", "Something else");
    ApiGatewayResponse refused = lambdas.send(ApiGatewayRequests.put("/v1/campaigns/zhejiang-autumn-docking-2027",
        stale.toString()).asStaff("51"));

    assertEquals(200, changed.status(), changed::toString);
    assertEquals(2, changed.json().path("version").asInt());
    assertEquals(changed.json(), retried.json());
    assertProblem(refused, 409, null);
    assertEquals("Supply-demand docking events across Zhejiang this week.",
        campaign("zhejiang-autumn-docking-2027").path("message").asText());
  }

  @Test
  void seeding_never_undoes_an_edit_even_in_a_fresh_container() {
    list("2027", null, null);
    ObjectNode change = bodyOf(campaign("golden-autumn-recruitment-month-2027"));
    change.put("startsOn", "2027-09-20");
    assertEquals(200, lambdas.send(ApiGatewayRequests.put("/v1/campaigns/golden-autumn-recruitment-month-2027",
        change.toString()).asStaff("51")).status());

    try (CampaignsLambdas fresh = new CampaignsLambdas(aws, stack, START, 100)) {
      fresh.send(ApiGatewayRequests.get("/v1/campaigns").asWorker("anyone"));
      JsonNode read = fresh.send(ApiGatewayRequests.get("/v1/campaigns/golden-autumn-recruitment-month-2027")
          .asWorker("anyone")).json();
      assertEquals("2027-09-20", read.path("startsOn").asText());
      assertEquals(2, read.path("version").asInt());
    }
  }

  @Test
  void a_reminder_names_a_real_fair_and_comes_before_its_first_day() {
    lambdas.fair("fair-kunming-2027", "53", "Kunming spring fair", null, Instant.parse("2027-03-01T01:00:00Z"),
        "SCHEDULED");
    ObjectNode unknownFair = body("yunnan-spring-2027");
    unknownFair.putArray("reminders").addObject().put("on", "2027-02-22").put("fairId", "fair-nowhere");
    ObjectNode afterFair = body("yunnan-spring-2027");
    afterFair.putArray("reminders").addObject().put("on", "2027-03-05").put("fairId", "fair-kunming-2027");
    ObjectNode beforeFair = body("yunnan-spring-2027");
    beforeFair.putArray("reminders").addObject().put("on", "2027-02-22").put("fairId", "fair-kunming-2027");

    assertProblem(lambdas.send(ApiGatewayRequests.post("/v1/campaigns", unknownFair.toString()).asStaff("53")), 400,
        "reminders[0].fairId");
    assertProblem(lambdas.send(ApiGatewayRequests.post("/v1/campaigns", afterFair.toString()).asStaff("53")), 400,
        "reminders[0].on");
    assertEquals(201, lambdas.send(ApiGatewayRequests.post("/v1/campaigns", beforeFair.toString()).asStaff("53")).status());
  }

  static ObjectNode body(String id) {
    ObjectNode body = CampaignsLambdas.JSON.createObjectNode();
    body.put("id", id).put("name", "Campaign " + id).put("startsOn", "2027-02-20").put("endsOn", "2027-03-20")
        .put("message", "Jobs and fairs near you.");
    body.putArray("targetGroups").add("ALL_JOB_SEEKERS");
    body.putArray("regions").add(id.startsWith("jiangsu") ? "32" : id.startsWith("yunnan") ? "53" : "33");
    return body;
  }

  private JsonNode list(String year, String limit, String cursor) {
    ApiGatewayRequests request = ApiGatewayRequests.get("/v1/campaigns").query("year", year);
    if (limit != null) {
      request.query("limit", limit);
    }
    if (cursor != null) {
      request.query("cursor", cursor);
    }
    ApiGatewayResponse response = lambdas.send(request.asStaff("51"));
    assertEquals(200, response.status(), response::toString);
    return response.json();
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.path("items").forEach(i -> ids.add(i.path("id").asText()));
    return ids;
  }

  private static List<String> texts(JsonNode list) {
    List<String> texts = new ArrayList<>();
    list.forEach(n -> texts.add(n.asText()));
    return texts;
  }
}
