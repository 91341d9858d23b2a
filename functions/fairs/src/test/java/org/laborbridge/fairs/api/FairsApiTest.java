package org.laborbridge.fairs.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import org.laborbridge.platform.testing.ApiGatewayResponse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.laborbridge.platform.testing.ProblemAssertions.assertProblem;

/** Planning fairs, finding them, the registration window, booths, check-in at the door and cancelling a fair. */
class FairsApiTest extends FairsHandlerTest {

  @AfterEach
  void backToTheStart() {
    function.clock.set(START);
  }

  @Test
  void staff_plan_a_fair_and_everyone_finds_it_by_region_and_dates_with_places_left() {
    String id = planFair(300, 40);

    JsonNode fair = fair(id);
    assertEquals("2026-12-05T09:00+08:00", fair.path("startsAt").asText());
    assertEquals(List.of(300, 0, 300), List.of(fair.path("seats").path("capacity").asInt(),
        fair.path("seats").path("taken").asInt(), fair.path("seats").path("left").asInt()));
    assertEquals(40, fair.path("booths").path("left").asInt());
    assertTrue(fair.path("registration").path("open").asBoolean());
    assertEquals("SCHEDULED", fair.path("status").asText());

    List<String> found = ids(function.send(ApiGatewayRequests.get("/v1/fairs").query("region", "51")
        .query("from", "2026-12-01T00:00:00+08:00").query("to", "2026-12-31T00:00:00+08:00").asWorker("w")).json());
    assertTrue(found.contains(id));
    assertFalse(ids(function.send(ApiGatewayRequests.get("/v1/fairs").query("region", "33").asWorker("w")).json()).contains(id));
    assertFalse(ids(function.send(ApiGatewayRequests.get("/v1/fairs").query("region", "51")
        .query("from", "2026-12-06T00:00:00+08:00").asWorker("w")).json()).contains(id));
  }

  @Test
  void fairs_come_earliest_first_in_pages() {
    List<String> planned = new ArrayList<>();
    for (int day = 10; day <= 14; day++) {
      ObjectNode body = fairBody(10, 0).put("regionCode", "53").put("startsAt", "2027-01-" + day + "T09:00:00+08:00")
          .put("endsAt", "2027-01-" + day + "T17:00:00+08:00").put("registrationClosesAt", "2027-01-" + day + "T08:00:00+08:00");
      planned.add(function.send(ApiGatewayRequests.post("/v1/fairs", body.toString()).asStaff("53")).json().path("id").asText());
    }
    List<String> listed = new ArrayList<>();
    String cursor = null;
    do {
      ApiGatewayRequests request = ApiGatewayRequests.get("/v1/fairs").query("region", "53").query("limit", "2").asStaff("53");
      if (cursor != null) {
        request.query("cursor", cursor);
      }
      JsonNode page = function.send(request).json();
      listed.addAll(ids(page));
      cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
    } while (cursor != null);
    assertEquals(planned, listed);
  }

  @Test
  void the_same_idempotency_key_gives_the_same_fair_and_another_body_with_it_is_refused() {
    ApiGatewayResponse first = function.send(ApiGatewayRequests.post("/v1/fairs", fairBody(50, 5).toString())
        .header("Idempotency-Key", "plan-chengdu-1").asStaff("51"));
    ApiGatewayResponse again = function.send(ApiGatewayRequests.post("/v1/fairs", fairBody(50, 5).toString())
        .header("Idempotency-Key", "plan-chengdu-1").asStaff("51"));
    ApiGatewayResponse other = function.send(ApiGatewayRequests.post("/v1/fairs", fairBody(60, 5).toString())
        .header("Idempotency-Key", "plan-chengdu-1").asStaff("51"));

    assertEquals(201, first.status());
    assertEquals(200, again.status());
    assertEquals(first.json().path("id"), again.json().path("id"));
    assertProblem(other, 422, null);
  }

  @Test
  void only_staff_of_the_fairs_region_plan_and_change_it_and_capacity_never_drops_below_what_is_taken() {
    assertProblem(function.send(ApiGatewayRequests.post("/v1/fairs", fairBody(10, 0).toString()).asStaff("33")), 403, null);
    assertProblem(function.send(ApiGatewayRequests.post("/v1/fairs", fairBody(10, 0).toString()).asWorker("w")), 403, null);
    String id = planFair(3, 0);
    for (String w : List.of("x1", "x2")) {
      function.workerRegistered(w, "510104", "acc-" + w);
      registerWorker(id, w, "acc-" + w);
    }

    assertProblem(function.send(ApiGatewayRequests.put("/v1/fairs/" + id, fairBody(1, 0).toString()).asStaff("51")), 409, null);
    ApiGatewayResponse grown = function.send(ApiGatewayRequests.put("/v1/fairs/" + id,
        fairBody(2, 10).put("venue", "Hall 3").toString()).asStaff("51"));
    assertEquals(200, grown.status(), grown::toString);
    assertEquals(List.of(0, 10, "Hall 3"), List.of(grown.json().path("seats").path("left").asInt(),
        grown.json().path("booths").path("left").asInt(), grown.json().path("venue").asText()));
    assertProblem(function.send(ApiGatewayRequests.put("/v1/fairs/" + id, fairBody(5, 0).toString()).asStaff("33")), 403, null);
  }

  @Test
  void registering_before_the_window_opens_or_after_it_closes_is_refused_and_writes_nothing() {
    String id = planFair(10, 0);
    function.workerRegistered("w-early", "510104", "acc-early");
    int before = function.everything().size();

    function.clock.set(java.time.Instant.parse("2026-11-19T00:00:00Z"));
    assertProblem(registerWorker(id, "w-early", "acc-early"), 409, null);
    function.clock.set(java.time.Instant.parse("2026-12-05T00:00:00Z"));
    assertProblem(registerWorker(id, "w-early", "acc-early"), 409, null);

    assertEquals(before, function.everything().size());
    assertEquals(0, fair(id).path("seats").path("taken").asInt());
  }

  @Test
  void a_worker_registers_only_themselves_and_staff_may_register_a_worker_of_their_region() {
    String id = planFair(10, 0);
    function.workerRegistered("w-own", "510104", "acc-own");
    function.workerRegistered("w-staffed", "330106", null);

    assertProblem(registerWorker(id, "w-own", "acc-someone-else"), 403, null);
    assertProblem(registerWorker(id, "w-nobody", "acc-own"), 400, "workerId");
    ApiGatewayResponse byZhejiangStaff = function.send(ApiGatewayRequests.post("/v1/fairs/" + id + "/registrations",
        "{\"workerId\":\"w-staffed\"}").asStaff("33"));
    assertEquals(201, byZhejiangStaff.status(), byZhejiangStaff::toString);
    // The worker registered by staff has no account of their own; the registrant's region's staff may see it.
    String registration = byZhejiangStaff.json().path("id").asText();
    assertEquals(200, function.send(ApiGatewayRequests.get("/v1/fairs/" + id + "/registrations/" + registration)
        .asStaff("33")).status());
    assertProblem(function.send(ApiGatewayRequests.get("/v1/fairs/" + id + "/registrations/" + registration)
        .asWorker("acc-own")), 403, null);
  }

  @Test
  void an_employer_takes_a_booth_with_its_own_open_jobs_only() {
    String id = planFair(10, 1);
    function.jobPosted("job-weld", "employer-ningbo", "ACTIVE", "2027-03-31");
    function.jobPosted("job-cook", "employer-ningbo", "ACTIVE", "2027-03-31");
    function.jobPosted("job-closed", "employer-ningbo", "CLOSED", "2027-03-31");
    function.jobPosted("job-other", "employer-hangzhou", "ACTIVE", "2027-03-31");
    function.jobPosted("job-other-2", "employer-hangzhou", "ACTIVE", "2027-03-31");

    ApiGatewayResponse refused = function.send(ApiGatewayRequests.post("/v1/fairs/" + id + "/registrations",
        "{\"jobIds\":[\"job-weld\",\"job-closed\",\"job-other\"]}").asEmployer("employer-ningbo"));
    assertProblem(refused, 400, "jobIds[1]");
    assertProblem(refused, 400, "jobIds[2]");

    ApiGatewayResponse booth = function.send(ApiGatewayRequests.post("/v1/fairs/" + id + "/registrations",
        "{\"jobIds\":[\"job-weld\",\"job-cook\"]}").asEmployer("employer-ningbo"));
    assertEquals(201, booth.status(), booth::toString);
    assertEquals("BOOTH", booth.json().path("place").asText());
    ApiGatewayResponse secondEmployer = function.send(ApiGatewayRequests.post("/v1/fairs/" + id + "/registrations",
        "{\"jobIds\":[\"job-other\"]}").asEmployer("employer-hangzhou"));
    assertEquals(202, secondEmployer.status(), secondEmployer::toString);
    assertEquals(1, secondEmployer.json().path("position").asInt());
    String boothId = booth.json().path("id").asText();
    JsonNode told = function.drain("MatchingQueue").stream()
        .filter(m -> m.path("data").path("registrationId").asText().equals(boothId)).findFirst().orElseThrow();
    assertEquals(List.of("job-weld", "job-cook"), List.of(told.path("data").path("jobIds").get(0).asText(),
        told.path("data").path("jobIds").get(1).asText()));
  }

  @Test
  void staff_check_people_in_once_by_code_on_the_fairs_day_only() {
    String id = planFair(1, 0);
    function.workerRegistered("w-door", "510104", "acc-door");
    function.workerRegistered("w-line", "510104", "acc-line");
    JsonNode registration = registerWorker(id, "w-door", "acc-door").json();
    JsonNode waiting = registerWorker(id, "w-line", "acc-line").json();
    String typed = registration.path("checkIn").path("display").asText().toLowerCase();

    assertProblem(checkIn(id, typed), 409, null);
    function.clock.set(FAIR_DAY);
    ApiGatewayResponse in = checkIn(id, typed);
    assertEquals(200, in.status(), in::toString);
    assertEquals("2026-12-05T10:00+08:00", in.json().path("checkedInAt").asText());
    assertProblem(checkIn(id, registration.path("checkIn").path("qrPayload").asText()), 409, null);
    assertProblem(checkIn(id, waiting.path("checkIn").path("code").asText()), 409, null);
    assertProblem(checkIn(id, "LBFAIR1:fair-other:" + registration.path("checkIn").path("code").asText()), 400, "code");
    String code = registration.path("checkIn").path("code").asText();
    String mistyped = code.substring(0, 3) + (code.charAt(3) == '7' ? '8' : '7') + code.substring(4);
    assertProblem(checkIn(id, mistyped), 400, "code");
    assertProblem(function.send(ApiGatewayRequests.post("/v1/fairs/" + id + "/check-ins",
        "{\"code\":\"" + code + "\"}").asStaff("33")), 403, null);
    function.clock.set(FAIR_DAY.plus(Duration.ofDays(1)));
    assertProblem(checkIn(id, waiting.path("checkIn").path("code").asText()), 409, null);
  }

  @Test
  void cancelling_a_fair_tells_every_registrant_through_their_home_regions_gateways_once() {
    String id = planFair(2, 1);
    function.workerRegistered("w-sc", "513400", "acc-sc");
    function.workerRegistered("w-cq", "500101", "acc-cq");
    function.workerRegistered("w-gz", "520102", "acc-gz");
    function.jobPosted("job-fair", "employer-fair", "ACTIVE", "2027-03-31");
    for (String w : List.of("w-sc", "w-cq", "w-gz")) {
      registerWorker(id, w, "acc-" + w.substring(2));
    }
    function.send(ApiGatewayRequests.post("/v1/fairs/" + id + "/registrations", "{\"jobIds\":[\"job-fair\"]}")
        .asEmployer("employer-fair"));
    String cancelledOne = registerWorker(id, "w-sc", "acc-sc").json().path("id").asText();
    function.send(ApiGatewayRequests.post("/v1/fairs/" + id + "/registrations/" + cancelledOne + "/cancel", null)
        .asWorker("acc-sc"));
    function.drain("PushQueue");

    ApiGatewayResponse cancelled = function.send(ApiGatewayRequests.post("/v1/fairs/" + id + "/cancel",
        "{\"reason\":\"Venue closed for repairs\"}").asStaff("51"));
    ApiGatewayResponse again = function.send(ApiGatewayRequests.post("/v1/fairs/" + id + "/cancel", "{}").asStaff("51"));

    assertEquals(200, cancelled.status(), cancelled::toString);
    assertEquals("CANCELLED", cancelled.json().path("status").asText());
    assertEquals(200, again.status());
    List<JsonNode> notices = function.drain("PushQueue");
    // Three active registrants (the cancelled one is not told), each told twice under one id.
    assertEquals(6, notices.size());
    assertEquals(3, notices.stream().map(n -> n.path("id").asText()).distinct().count());
    assertEquals(java.util.Set.of("50", "52", "51"), notices.stream().map(n -> n.path("data").path("region").asText())
        .collect(java.util.stream.Collectors.toSet()));
    JsonNode notice = notices.get(0);
    assertEquals("notice.requested", notice.path("type").asText());
    assertEquals("fair.cancelled", notice.path("data").path("eventType").asText());
    assertEquals("Venue closed for repairs", notice.path("data").path("payload").path("reason").asText());
    assertFalse(notice.toString().contains("Zhang San"));
    assertProblem(registerWorker(id, "w-sc", "acc-sc"), 409, null);
    assertProblem(function.send(ApiGatewayRequests.put("/v1/fairs/" + id, fairBody(5, 5).toString()).asStaff("51")), 409, null);
  }

  @Test
  void registrations_and_check_ins_are_counted_once_for_the_reports_without_anything_personal() {
    ObjectNode body = fairBody(1, 0).put("regionCode", "64").put("name", "Ningxia fair");
    String id = function.send(ApiGatewayRequests.post("/v1/fairs", body.toString()).asStaff("64")).json().path("id").asText();
    function.workerRegistered("w-count-1", "513400", "acc-count-1");
    function.workerRegistered("w-count-2", "500101", "acc-count-2");
    JsonNode seated = registerWorker(id, "w-count-1", "acc-count-1").json();
    registerWorker(id, "w-count-1", "acc-count-1");
    registerWorker(id, "w-count-2", "acc-count-2");
    function.clock.set(FAIR_DAY);
    function.send(ApiGatewayRequests.post("/v1/fairs/" + id + "/check-ins",
        FairsFunction.JSON.createObjectNode().put("code", seated.path("checkIn").path("code").asText()).toString()).asStaff("64"));

    var month = aws.dynamoDb().query(r -> r.tableName(stack.tableName("CountersTable"))
        .keyConditionExpression("pk = :pk").expressionAttributeValues(java.util.Map.of(":pk",
            software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("COUNTS#M#2026-11")))).items();
    var ningxia = month.stream().filter(i -> i.get("sk").s().equals("REGION#64")).findFirst().orElseThrow();
    assertEquals("2", ningxia.get("fairRegistrations").n());
    var flows = month.stream().filter(i -> i.get("sk").s().startsWith("FLOW#")).map(i -> i.get("sk").s()).toList();
    assertTrue(flows.containsAll(List.of("FLOW#51#64", "FLOW#50#64")), flows::toString);
    var december = aws.dynamoDb().getItem(r -> r.tableName(stack.tableName("CountersTable")).key(java.util.Map.of(
        "pk", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("COUNTS#M#2026-12"),
        "sk", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("REGION#64")))).item();
    assertEquals("1", december.get("fairCheckIns").n());
    assertFalse(month.toString().contains("w-count"));
  }

  private ApiGatewayResponse checkIn(String fairId, String code) {
    return function.send(ApiGatewayRequests.post("/v1/fairs/" + fairId + "/check-ins",
        FairsFunction.JSON.createObjectNode().put("code", code).toString()).asStaff("51"));
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.path("items").forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }
}
