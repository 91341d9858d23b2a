package org.laborbridge.transfers.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import org.laborbridge.platform.testing.ApiGatewayResponse;
import org.laborbridge.platform.testing.ProblemAssertions;
import org.laborbridge.transfers.Seeds;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff's worklists (the transfers coming into their region, or going out of it) and a worker's own list, read from
 * the list indexes newest application first, a page at a time, against local AWS.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TransferListsTest extends TransfersHandlerTest {

  /** Sichuan → Zhejiang: waiting for the decision, letter sent, rejected; Sichuan → Fujian; Chongqing → Zhejiang. */
  String submittedToZhejiang;
  String letterSentToZhejiang;
  String rejectedByZhejiang;
  String submittedToFujian;
  String fromChongqingToZhejiang;

  @BeforeAll
  void transfersBetweenSeveralRegions() {
    submittedToZhejiang = applyFor(worker("account-a"), "account-a", "51", "512000", "33", "330100");
    letterSentToZhejiang = applyFor(worker("account-b"), "account-b", "51", "512000", "33", "330100");
    assertEquals(200, send(step(letterSentToZhejiang, "decision", "{\"decision\": \"ACCEPT\"}").asStaff("33")).status());
    rejectedByZhejiang = applyFor(worker("account-c"), "account-c", "51", "512000", "33", "330100");
    assertEquals(200, send(step(rejectedByZhejiang, "decision", "{\"decision\": \"REJECT\", \"reason\": \"no job contract\"}")
        .asStaff("33")).status());
    submittedToFujian = applyFor(worker("account-d"), "account-d", "51", "510100", "35", "350100");
    fromChongqingToZhejiang = applyFor(seeds.worker("500100", "account-e"), "account-e", "50", "500100", "33", "330200");
    function.takePushQueue();
  }

  @Test
  @Order(1)
  void staff_see_the_transfers_coming_into_their_region_newest_application_first() {
    JsonNode page = list(ApiGatewayRequests.get("/v1/insurance-transfers").asStaff("33"));

    assertEquals(List.of(fromChongqingToZhejiang, rejectedByZhejiang, letterSentToZhejiang, submittedToZhejiang), ids(page));
    assertFalse(page.has("nextCursor") && !page.path("nextCursor").isNull(), "one page holds them all");
    JsonNode line = page.path("items").get(3);
    assertEquals(submittedToZhejiang, line.path("applicationNumber").asText());
    assertEquals("51", line.path("transferOut").path("region").asText());
    assertEquals("512000", line.path("transferOut").path("officeCode").asText());
    assertEquals("Ziyang Social Insurance Agency", line.path("transferOut").path("officeName").asText());
    assertEquals("330100", line.path("transferIn").path("officeCode").asText());
    assertEquals("INSURED_NEW_JOB_ELSEWHERE", line.path("reason").asText());
    assertEquals("SUBMITTED", line.path("state").asText());
    assertEquals(read(submittedToZhejiang).path("submittedAt").asText(), line.path("submittedAt").asText());
    assertEquals(read(submittedToZhejiang).path("modifiedAt").asText(), line.path("lastChangedAt").asText());
    assertEquals(read(submittedToZhejiang).path("deadlines"), line.path("deadlines"));
    assertEquals(0, line.path("flags").size());
    assertFalse(line.path("overdue").asBoolean());
    assertEquals("LETTER_SENT", page.path("items").get(2).path("state").asText(), "the key follows every step");
    assertEquals("REJECTED", page.path("items").get(1).path("state").asText());
    assertFalse(line.has("trail") || line.has("outConfirmation") || line.has("contributionSummary"), "a line, not the record");
    String body = page.toString();
    assertFalse(body.contains(Seeds.NAME) || body.contains(Seeds.IDENTITY_NUMBER) || body.contains(Seeds.PHONE));
  }

  @Test
  @Order(2)
  void a_worklist_keeps_one_state_when_asked() {
    assertEquals(List.of(fromChongqingToZhejiang, submittedToZhejiang),
        ids(list(ApiGatewayRequests.get("/v1/insurance-transfers").query("side", "in").query("state", "SUBMITTED").asStaff("33"))));
    assertEquals(List.of(letterSentToZhejiang),
        ids(list(ApiGatewayRequests.get("/v1/insurance-transfers").query("state", "letter_sent").asStaff("33"))));
    assertEquals(List.of(),
        ids(list(ApiGatewayRequests.get("/v1/insurance-transfers").query("state", "COMPLETED").asStaff("33"))));
  }

  @Test
  @Order(3)
  void staff_of_the_transfer_out_region_see_what_leaves_it_and_only_that() {
    assertEquals(List.of(submittedToFujian, rejectedByZhejiang, letterSentToZhejiang, submittedToZhejiang),
        ids(list(ApiGatewayRequests.get("/v1/insurance-transfers").query("side", "out").asStaff("51"))));
    assertEquals(List.of(letterSentToZhejiang), ids(list(ApiGatewayRequests.get("/v1/insurance-transfers")
        .query("side", "OUT").query("state", "LETTER_SENT").asStaff("51"))),
        "the transfer-out office's work: the letters it must answer");
    assertEquals(List.of(), ids(list(ApiGatewayRequests.get("/v1/insurance-transfers").asStaff("51"))),
        "nothing comes into Sichuan");
    assertEquals(List.of(submittedToFujian), ids(list(ApiGatewayRequests.get("/v1/insurance-transfers").asStaff("35"))));
    assertEquals(List.of(fromChongqingToZhejiang),
        ids(list(ApiGatewayRequests.get("/v1/insurance-transfers").query("side", "out").asStaff("50"))));
  }

  @Test
  @Order(4)
  void staff_of_a_region_with_no_part_in_them_see_none_of_them() {
    for (String side : List.of("in", "out")) {
      JsonNode page = list(ApiGatewayRequests.get("/v1/insurance-transfers").query("side", side).asStaff("32"));
      assertEquals(0, page.path("items").size(), side);
    }
  }

  @Test
  @Order(5)
  void a_long_worklist_comes_in_pages_with_no_transfer_twice_and_none_left_out() {
    List<String> applied = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      applied.add(0, applyFor(worker("account-gz-" + i), "account-gz-" + i, "51", "512000", "52", "520100"));
    }
    // Two of them rejected: the SUBMITTED list skips them across page boundaries.
    assertEquals(200, send(step(applied.get(1), "decision", "{\"decision\": \"REJECT\", \"reason\": \"duplicate\"}")
        .asStaff("52")).status());
    assertEquals(200, send(step(applied.get(4), "decision", "{\"decision\": \"REJECT\", \"reason\": \"duplicate\"}")
        .asStaff("52")).status());

    assertEquals(applied, allPages(ApiGatewayRequests.get("/v1/insurance-transfers").query("limit", "3"), "52", 3));
    List<String> submitted = new ArrayList<>(applied);
    submitted.remove(4);
    submitted.remove(1);
    assertEquals(submitted, allPages(ApiGatewayRequests.get("/v1/insurance-transfers").query("limit", "2")
        .query("state", "SUBMITTED"), "52", 3));
  }

  @Test
  @Order(6)
  void a_cursor_this_list_did_not_give_out_is_refused() {
    JsonNode first = list(ApiGatewayRequests.get("/v1/insurance-transfers").query("limit", "1").asStaff("52"));
    String guizhou = first.path("nextCursor").asText();
    assertFalse(guizhou.isEmpty());

    for (ApiGatewayRequests forged : List.of(
        ApiGatewayRequests.get("/v1/insurance-transfers").query("cursor", "not-a-cursor").asStaff("52"),
        ApiGatewayRequests.get("/v1/insurance-transfers").query("cursor", guizhou).asStaff("33"),
        ApiGatewayRequests.get("/v1/insurance-transfers").query("side", "out").query("cursor", guizhou).asStaff("52"),
        ApiGatewayRequests.get("/v1/insurance-transfers").query("cursor", guizhou.substring(0, guizhou.length() - 4))
            .asStaff("52"))) {
      ProblemAssertions.assertProblem(send(forged), 400, "cursor");
    }
  }

  @Test
  @Order(7)
  void a_worker_sees_their_own_transfers_and_no_one_elses() {
    String account = "account-own";
    String workerId = worker(account);
    String cancelled = applyFor(workerId, account, "51", "512000", "33", "330100");
    assertEquals(200, send(step(cancelled, "cancel", "{}").asWorker(account)).status());
    function.clock.advance(Duration.ofMinutes(1));
    String current = applyFor(workerId, account, "51", "512000", "53", "530100");

    JsonNode own = list(ApiGatewayRequests.get("/v1/insurance-transfers").query("workerId", workerId).asWorker(account));
    assertEquals(List.of(current, cancelled), ids(own));
    assertEquals(List.of("SUBMITTED", "CANCELLED"), states(own));
    assertEquals(List.of(cancelled), ids(list(ApiGatewayRequests.get("/v1/insurance-transfers").query("workerId", workerId)
        .query("state", "CANCELLED").asWorker(account))));
    assertEquals(List.of(current, cancelled), ids(list(ApiGatewayRequests.get("/v1/insurance-transfers")
        .query("workerId", workerId).asStaff("51"))), "staff of the worker's home region");

    ProblemAssertions.assertProblem(send(ApiGatewayRequests.get("/v1/insurance-transfers").query("workerId", workerId)
        .asWorker("account-a")), 403, null);
    ProblemAssertions.assertProblem(send(ApiGatewayRequests.get("/v1/insurance-transfers").query("workerId", workerId)
        .asStaff("33")), 403, null);
    ProblemAssertions.assertProblem(send(ApiGatewayRequests.get("/v1/insurance-transfers")
        .query("workerId", "99999999-9999-4999-8999-999999999999").asWorker(account)), 403, null);
    ProblemAssertions.assertProblem(send(ApiGatewayRequests.get("/v1/insurance-transfers")
        .query("workerId", "99999999-9999-4999-8999-999999999999").asStaff("51")), 404, null);
  }

  /** The deadline check runs forward in time: this one last. */
  @Test
  @Order(8)
  void overdue_keeps_only_the_transfers_flagged_for_a_missed_deadline() {
    String late = applyFor(seeds.worker("540100", "account-late"), "account-late", "54", "540100", "64", "640100");
    String onTime = applyFor(seeds.worker("540100", "account-on-time"), "account-on-time", "54", "540100", "64", "640100");
    for (String id : List.of(late, onTime)) {
      assertEquals(200, send(step(id, "decision", "{\"decision\": \"ACCEPT\"}").asStaff("64")).status());
    }
    function.clock.advance(Duration.ofDays(2));
    assertEquals(200, send(step(onTime, "out-confirmation", IllegalTransitionsTest.OUT_FORM).asStaff("54")).status());
    function.clock.advance(Duration.ofDays(8));
    assertTrue(function.checkDeadlines().contains("flagged="), "the daily check ran");
    function.takePushQueue();

    JsonNode overdue = list(ApiGatewayRequests.get("/v1/insurance-transfers").query("side", "out")
        .query("overdue", "true").asStaff("54"));
    assertEquals(List.of(late), ids(overdue));
    assertTrue(overdue.path("items").get(0).path("overdue").asBoolean());
    assertEquals("TRANSFER_OUT", overdue.path("items").get(0).path("flags").get(0).path("deadline").asText());
    assertEquals(List.of(late), ids(list(ApiGatewayRequests.get("/v1/insurance-transfers").query("overdue", "true")
        .query("state", "LETTER_SENT").asStaff("64"))));
    assertEquals(List.of(onTime, late), ids(list(ApiGatewayRequests.get("/v1/insurance-transfers").query("overdue", "false")
        .asStaff("64"))), "overdue=false keeps them all");
  }

  // ------------------------------------------------------------------ helpers

  /** Applies with the worker's own account, a minute after the previous application; returns the transfer id. */
  private String applyFor(String workerId, String account, String outRegion, String outOffice, String inRegion,
      String inOffice) {
    function.clock.advance(Duration.ofMinutes(1));
    String body = application(workerId)
        .replace("\"region\": \"51\", \"officeCode\": \"512000\"", "\"region\": \"" + outRegion + "\", \"officeCode\": \"" + outOffice + "\"")
        .replace("\"region\": \"33\", \"officeCode\": \"330100\"", "\"region\": \"" + inRegion + "\", \"officeCode\": \"" + inOffice + "\"");
    ApiGatewayResponse response = send(ApiGatewayRequests.post("/v1/insurance-transfers", body).asWorker(account));
    assertEquals(201, response.status(), response::toString);
    return response.json().path("id").asText();
  }

  private JsonNode list(ApiGatewayRequests request) {
    ApiGatewayResponse response = send(request);
    assertEquals(200, response.status(), response::toString);
    return response.json();
  }

  /** Follows nextCursor to the end; every page but the last is full, and no id comes twice. */
  private List<String> allPages(ApiGatewayRequests first, String region, int atLeastPages) {
    List<String> seen = new ArrayList<>();
    Set<String> unique = new HashSet<>();
    JsonNode page = list(first.asStaff(region));
    int pages = 1;
    while (true) {
      for (String id : ids(page)) {
        assertTrue(unique.add(id), "no transfer twice: " + id);
        seen.add(id);
      }
      String next = page.path("nextCursor").asText("");
      if (next.isEmpty()) {
        break;
      }
      page = list(first.query("cursor", next).asStaff(region));
      pages++;
    }
    assertTrue(pages >= atLeastPages, "read in " + pages + " pages");
    return seen;
  }

  private static List<String> ids(JsonNode page) {
    return StreamSupport.stream(page.path("items").spliterator(), false).map(i -> i.path("id").asText()).toList();
  }

  private static List<String> states(JsonNode page) {
    return StreamSupport.stream(page.path("items").spliterator(), false).map(i -> i.path("state").asText()).toList();
  }
}
