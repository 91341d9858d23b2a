package org.laborbridge.fairs.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.laborbridge.platform.testing.ProblemAssertions.assertProblem;

/** Every mistake in a request is a 4xx problem naming the field, and changes nothing stored. */
class BadInputTest extends FairsHandlerTest {

  private String fairId;

  @BeforeAll
  void aFairWithOneRegistration() {
    fairId = planFair(5, 2);
    function.workerRegistered("w-bad", "510104", "acc-bad");
    assertEquals(201, registerWorker(fairId, "w-bad", "acc-bad").status());
  }

  static Stream<Arguments> badFairs() {
    return Stream.of(
        fair("name", b -> b.put("name", " ")),
        fair("name", b -> b.put("name", "x".repeat(201))),
        fair("venue", b -> without(b, "venue")),
        fair("kind", b -> b.put("kind", "PARTY")),
        fair("regionCode", b -> b.put("regionCode", "44")),
        fair("regionCode", b -> without(b, "regionCode")),
        fair("startsAt", b -> b.put("startsAt", "2026-12-05 09:00")),
        fair("endsAt", b -> b.put("endsAt", "2026-12-05T08:00:00+08:00")),
        fair("endsAt", b -> b.put("endsAt", "2027-02-05T08:00:00+08:00")),
        fair("seats", b -> b.put("seats", -1)),
        fair("seats", b -> b.put("seats", 5001)),
        fair("seats", b -> b.put("seats", 0).put("booths", 0)),
        fair("seats", b -> without(b, "seats")),
        fair("booths", b -> b.put("booths", 1001)),
        fair("seats", b -> b.put("seats", "many")),
        fair("registrationClosesAt", b -> b.put("registrationClosesAt", "2026-11-01T00:00:00+08:00")),
        fair("registrationClosesAt", b -> b.put("registrationClosesAt", "2026-12-06T00:00:00+08:00")),
        fair("registrationOpensAt", b -> without(b, "registrationOpensAt")),
        fair("campaignId", b -> b.put("campaignId", "spring breeze!")));
  }

  private static ObjectNode without(ObjectNode body, String field) {
    body.remove(field);
    return body;
  }

  private static Arguments fair(String field, UnaryOperator<ObjectNode> change) {
    return Arguments.of(field, change.apply(fairBody(10, 2)).toString());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("badFairs")
  void a_bad_fair_is_refused_with_the_field_named_and_nothing_stored(String field, String body) {
    List<Map<String, AttributeValue>> before = function.everything();

    assertProblem(function.send(ApiGatewayRequests.post("/v1/fairs", body).asStaff("51")), 400, field);
    assertProblem(function.send(ApiGatewayRequests.put("/v1/fairs/" + fairId, body).asStaff("51")), 400, field);

    assertEquals(before, function.everything());
  }

  static Stream<Arguments> badRequests() {
    return Stream.of(
        Arguments.of("not JSON", ApiGatewayRequests.post("/v1/fairs", "{\"name\": ").asStaff("51"), 400, null),
        Arguments.of("a JSON list", ApiGatewayRequests.post("/v1/fairs", "[]").asStaff("51"), 400, null),
        Arguments.of("an Idempotency-Key of 201 characters", ApiGatewayRequests.post("/v1/fairs", fairBody(1, 1).toString())
            .header("Idempotency-Key", "k".repeat(201)).asStaff("51"), 400, "Idempotency-Key"),
        Arguments.of("list with a bad region", ApiGatewayRequests.get("/v1/fairs").query("region", "99").asWorker("w"), 400, "region"),
        Arguments.of("list without a region", ApiGatewayRequests.get("/v1/fairs").asWorker("w"), 400, "region"),
        Arguments.of("list with a bad from", ApiGatewayRequests.get("/v1/fairs").query("region", "51").query("from", "monday").asWorker("w"), 400, "from"),
        Arguments.of("list over two years", ApiGatewayRequests.get("/v1/fairs").query("region", "51")
            .query("from", "2026-01-01T00:00:00+08:00").query("to", "2028-01-01T00:00:00+08:00").asWorker("w"), 400, "to"),
        Arguments.of("list with a bad limit", ApiGatewayRequests.get("/v1/fairs").query("region", "51").query("limit", "0").asWorker("w"), 400, "limit"),
        Arguments.of("list with a forged cursor", ApiGatewayRequests.get("/v1/fairs").query("region", "51").query("cursor", "eyJ4IjoxfQ").asWorker("w"), 400, "cursor"),
        Arguments.of("fair unknown", ApiGatewayRequests.get("/v1/fairs/fair-nope").asWorker("w"), 404, null),
        Arguments.of("registration with neither", ApiGatewayRequests.post("/v1/fairs/{fair}/registrations", "{}").asWorker("acc-bad"), 400, "workerId"),
        Arguments.of("registration with both", ApiGatewayRequests.post("/v1/fairs/{fair}/registrations",
            "{\"workerId\":\"w-bad\",\"jobIds\":[\"j\"]}").asWorker("acc-bad"), 400, "workerId"),
        Arguments.of("registration with a number for an id", ApiGatewayRequests.post("/v1/fairs/{fair}/registrations",
            "{\"workerId\":{\"a\":1}}").asWorker("acc-bad"), 400, null),
        Arguments.of("booth with no jobs", ApiGatewayRequests.post("/v1/fairs/{fair}/registrations", "{\"jobIds\":[]}")
            .asEmployer("employer-x"), 400, "jobIds"),
        Arguments.of("booth with 21 jobs", ApiGatewayRequests.post("/v1/fairs/{fair}/registrations",
            "{\"jobIds\":" + FairsFunction.JSON.valueToTree(java.util.Collections.nCopies(21, "j")) + "}")
            .asEmployer("employer-x"), 400, "jobIds"),
        Arguments.of("booth for a worker account", ApiGatewayRequests.post("/v1/fairs/{fair}/registrations", "{\"jobIds\":[\"j\"]}")
            .asWorker("acc-bad"), 403, null),
        Arguments.of("registration for an unknown fair", ApiGatewayRequests.post("/v1/fairs/fair-nope/registrations",
            "{\"workerId\":\"w-bad\"}").asWorker("acc-bad"), 404, null),
        Arguments.of("partner registering", ApiGatewayRequests.post("/v1/fairs/{fair}/registrations", "{\"workerId\":\"w-bad\"}")
            .as("partner-x", "partner", null), 403, null),
        Arguments.of("check-in without a code", ApiGatewayRequests.post("/v1/fairs/{fair}/check-ins", "{}").asStaff("51"), 400, "code"),
        Arguments.of("check-in with a short code", ApiGatewayRequests.post("/v1/fairs/{fair}/check-ins", "{\"code\":\"ABC\"}").asStaff("51"), 400, "code"),
        Arguments.of("check-in by a worker", ApiGatewayRequests.post("/v1/fairs/{fair}/check-ins", "{\"code\":\"ABC\"}").asWorker("acc-bad"), 403, null),
        Arguments.of("cancel with a long reason", ApiGatewayRequests.post("/v1/fairs/{fair}/cancel",
            "{\"reason\":\"" + "x".repeat(501) + "\"}").asStaff("51"), 400, "reason"),
        Arguments.of("cancel by other region's staff", ApiGatewayRequests.post("/v1/fairs/{fair}/cancel", "{}").asStaff("33"), 403, null),
        Arguments.of("unknown registration", ApiGatewayRequests.get("/v1/fairs/{fair}/registrations/reg-nope").asStaff("51"), 404, null),
        Arguments.of("cancel someone else's registration", ApiGatewayRequests.post("/v1/fairs/{fair}/registrations/{registration}/cancel", null)
            .asWorker("acc-other"), 403, null),
        Arguments.of("list registrations as a worker", ApiGatewayRequests.get("/v1/fairs/{fair}/registrations").asWorker("acc-bad"), 403, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRequests")
  void a_bad_request_is_refused_and_changes_nothing(String what, ApiGatewayRequests request, int status, String field) {
    List<Map<String, AttributeValue>> before = function.everything();
    var event = request.event();
    String registration = before.stream().filter(i -> i.get("sk").s().startsWith("REG#")).findFirst()
        .map(i -> i.get("registrationId").s()).orElse("reg-none");
    event.setRawPath(event.getRawPath().replace("{fair}", fairId).replace("{registration}", registration));
    event.getRequestContext().getHttp().setPath(event.getRawPath());

    assertProblem(function.send(event), status, field);

    assertEquals(before, function.everything());
  }
}
