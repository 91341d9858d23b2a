package org.laborbridge.transfers.api;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.laborbridge.platform.dynamo.KeyCursor;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import org.laborbridge.platform.testing.ApiGatewayResponse;
import org.laborbridge.platform.testing.ProblemAssertions;
import org.laborbridge.shared.webhook.WebhookSecret;
import org.laborbridge.shared.webhook.WebhookSigner;
import org.laborbridge.transfers.Seeds;
import org.laborbridge.transfers.domain.Ids;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each bad request gets a 4xx problem+json naming what is wrong, and nothing is written anywhere. */
class BadInputTest extends TransfersHandlerTest {

  static final String W1 = "11111111-1111-4111-8111-111111111111";
  static final String W2 = "22222222-2222-4222-8222-222222222222";
  static final String W3 = "33333333-3333-4333-8333-333333333333";
  static final String NOBODY = "99999999-9999-4999-8999-999999999999";
  /** W1's transfer, SUBMITTED; W2's, OUT_CONFIRMED with 5700.50 to move. Ids follow from the Idempotency-Keys. */
  static final String T1 = Ids.derivedFrom("transfer", "WORKER", "account-w1", "bad-input-1");
  static final String T2 = Ids.derivedFrom("transfer", "WORKER", "account-w2", "bad-input-2");
  static final WebhookSecret AGENCY_SECRET = Seeds.secret(3);
  static final WebhookSecret FJ_SECRET = Seeds.secret(4);
  static final WebhookSecret JS_SECRET = Seeds.secret(5);

  @BeforeAll
  void transfersToRefuseThingsOn() {
    seeds.worker(W1, "512000", "account-w1");
    seeds.worker(W2, "512000", "account-w2");
    seeds.worker(W3, "510100", "account-w3");
    seeds.partner("zj-agency", "330100", "agency", true, AGENCY_SECRET);
    seeds.partner("fj-hrss", "350000", "hr-department", true, FJ_SECRET);
    seeds.partner("js-hrss", "320000", "hr-department", false, JS_SECRET);
    assertEquals(201, send(ApiGatewayRequests.post("/v1/insurance-transfers", application(W1))
        .header("Idempotency-Key", "bad-input-1").asWorker("account-w1")).status());
    assertEquals(201, send(ApiGatewayRequests.post("/v1/insurance-transfers", application(W2))
        .header("Idempotency-Key", "bad-input-2").asWorker("account-w2")).status());
    assertEquals(200, send(step(T2, "decision", "{\"decision\": \"ACCEPT\"}").asStaff("33")).status());
    assertEquals(200, send(step(T2, "out-confirmation", IllegalTransitionsTest.OUT_FORM).asStaff("51")).status());
    function.takePushQueue();
  }

  static Stream<Arguments> badRequests() {
    String good = application(W3);
    return Stream.of(
        // applications
        bad("malformed JSON", apply("{\"workerId\": ", "account-w3"), 400, "body"),
        bad("a number as worker id", apply(good.replace("\"" + W3 + "\"", "42"), "account-w3"), 400, "workerId"),
        bad("an identity number as worker id", apply(good.replace(W3, Seeds.IDENTITY_NUMBER), "account-w3"), 400, "workerId"),
        bad("no transfer-out side", apply(good.replace("\"transferOut\"", "\"elsewhere\""), "account-w3"), 400, "transferOut"),
        bad("a region outside the nine", apply(good.replace("\"region\": \"33\"", "\"region\": \"44\""), "account-w3"), 400,
            "transferIn.region"),
        bad("an office outside its region", apply(good.replace("\"officeCode\": \"512000\"", "\"officeCode\": \"330100\""),
            "account-w3"), 400, "transferOut.officeCode"),
        bad("an office code of five digits", apply(good.replace("330100", "33010"), "account-w3"), 400, "transferIn.officeCode"),
        bad("an unknown reason", apply(good.replace("INSURED_NEW_JOB_ELSEWHERE", "HOLIDAY"), "account-w3"), 400, "reason"),
        bad("negative contribution months", apply(good.replace("38", "-1"), "account-w3"), 400,
            "contributionSummary.contributionMonths"),
        bad("contribution months in words", apply(good.replace("38", "\"many\""), "account-w3"), 400,
            "contributionSummary.contributionMonths"),
        bad("both sides in one province", apply(good.replace("\"region\": \"33\", \"officeCode\": \"330100\"",
            "\"region\": \"51\", \"officeCode\": \"510100\""), "account-w3"), 422, null),
        bad("a worker nobody registered", apply(application(NOBODY), "account-w3"), 404, null),
        bad("a worker applying for someone else", apply(application(W1), "account-w3"), 403, null),
        bad("staff of a third region", ApiGatewayRequests.post("/v1/insurance-transfers", good).asStaff("32"), 403, null),
        bad("an employer", ApiGatewayRequests.post("/v1/insurance-transfers", good).asEmployer("employer-1"), 403, null),
        bad("no signed-in user", ApiGatewayRequests.post("/v1/insurance-transfers", good), 401, null),
        bad("a second open transfer", apply(application(W1), "account-w1"), 409, null),
        bad("an Idempotency-Key with spaces", apply(good, "account-w3").header("Idempotency-Key", "a b"), 400, "Idempotency-Key"),
        bad("a body over 256 KB", apply(good.replace("{\"workerId\"", "{\"pad\": \"" + "x".repeat(270 * 1024)
            + "\", \"workerId\""), "account-w3"), 413, null),
        // steps
        bad("a decision of maybe", step(T1, "decision", "{\"decision\": \"maybe\"}").asStaff("33"), 400, "decision"),
        bad("a rejection without reason", step(T1, "decision", "{\"decision\": \"REJECT\"}").asStaff("33"), 400, "reason"),
        bad("an acceptance with an essay", step(T1, "decision", "{\"decision\": \"ACCEPT\", \"reason\": \""
            + "x".repeat(501) + "\"}").asStaff("33"), 400, "reason"),
        bad("a form without contribution months", step(T1, "out-confirmation", "{\"unclaimedBenefitMonths\": 1}")
            .asStaff("51"), 400, "contributionMonths"),
        bad("a negative subsidy", step(T1, "out-confirmation", form("1", "-5", "0")).asStaff("51"), 400, "amounts.medicalSubsidy"),
        bad("an amount with three decimals", step(T1, "out-confirmation", form("1.005", "0", "0")).asStaff("51"), 400,
            "amounts.unemploymentBenefit"),
        bad("an amount in words", step(T1, "out-confirmation", form("1", "0", "\"ten\"")).asStaff("51"), 400,
            "amounts.trainingSubsidy"),
        bad("money moving after under a year of contributions", step(T1, "out-confirmation",
            "{\"contributionMonths\": 11, \"unclaimedBenefitMonths\": 1, \"amounts\": {\"unemploymentBenefit\": 10}}")
            .asStaff("51"), 422, null),
        bad("funds that are not the confirmed total", step(T2, "funds-sent",
            "{\"amount\": 5000, \"paymentReference\": \"SC-PAY-1\"}").asStaff("51"), 422, null),
        bad("funds without a payment reference", step(T2, "funds-sent", "{\"amount\": 5700.50}").asStaff("51"), 400,
            "paymentReference"),
        bad("a payment reference with spaces", step(T2, "funds-sent", "{\"amount\": 5700.50, \"paymentReference\": \"a b\"}")
            .asStaff("51"), 400, "paymentReference"),
        bad("a step on a transfer nobody made", step(NOBODY, "cancel", "{}").asWorker("account-w1"), 404, null),
        bad("a step on a malformed id", step("not-an-id", "cancel", "{}").asWorker("account-w1"), 404, null),
        bad("a cancellation by another worker", step(T1, "cancel", "{}").asWorker("account-w3"), 404, null),
        bad("a completion by the worker", step(T1, "completion", "{}").asWorker("account-w1"), 403, null),
        bad("a decision by staff without a region", step(T1, "decision", "{\"decision\": \"ACCEPT\"}").as("staff-x", "staff", null),
            403, null),
        // documents
        bad("a text file", document("{\"name\": \"a.txt\", \"contentType\": \"text/plain\", \"size\": 10}"), 400, "contentType"),
        bad("a file over 10 MB", document("{\"name\": \"a.pdf\", \"contentType\": \"application/pdf\", \"size\": 10485761}"),
            400, "size"),
        bad("an empty file", document("{\"name\": \"a.pdf\", \"contentType\": \"application/pdf\", \"size\": 0}"), 400, "size"),
        bad("a size in words", document("{\"name\": \"a.pdf\", \"contentType\": \"application/pdf\", \"size\": \"big\"}"), 400,
            "size"),
        bad("a name with a path", document("{\"name\": \"../a.pdf\", \"contentType\": \"application/pdf\", \"size\": 9}"), 400,
            "name"),
        bad("no name", document("{\"contentType\": \"application/pdf\", \"size\": 9}"), 400, "name"),
        // reading
        bad("a transfer nobody made", ApiGatewayRequests.get("/v1/insurance-transfers/" + NOBODY).asStaff("33"), 404, null),
        bad("another worker's transfer", ApiGatewayRequests.get("/v1/insurance-transfers/" + T1).asWorker("account-w3"), 404, null),
        bad("a transfer of two other regions", ApiGatewayRequests.get("/v1/insurance-transfers/" + T1).asStaff("32"), 404, null),
        bad("a method the API does not have", ApiGatewayRequests.put("/v1/insurance-transfers/" + T1, "{}").asStaff("33"), 405, null),
        // lists
        bad("a worklist of a side neither in nor out", transfers().query("side", "sideways").asStaff("33"), 400, "side"),
        bad("a worklist in a state there is not", transfers().query("state", "DONE").asStaff("33"), 400, "state"),
        bad("overdue as yes", transfers().query("overdue", "yes").asStaff("33"), 400, "overdue"),
        bad("a page of 500", transfers().query("limit", "500").asStaff("33"), 400, "limit"),
        bad("a limit in words", transfers().query("limit", "ten").asStaff("33"), 400, "limit"),
        bad("a cursor that is not one", transfers().query("cursor", "bm90LWEtY3Vyc29y").asStaff("33"), 400, "cursor"),
        bad("a cursor into another region's worklist", transfers().query("cursor", KeyCursor.encode(Map.of(
            "pk", AttributeValue.fromS("TRANSFER#" + T1), "sk", AttributeValue.fromS("TRANSFER"),
            "gsi3pk", AttributeValue.fromS("IN#32"),
            "gsi3sk", AttributeValue.fromS("2026-11-27T02:00:00.000000000Z#" + T1)))).asStaff("33"), 400, "cursor"),
        bad("a worker's list of a malformed worker id", transfers().query("workerId", "not-an-id").asWorker("account-w1"),
            400, "workerId"),
        bad("a worker's list with a side", transfers().query("workerId", W1).query("side", "in").asStaff("51"), 400, "side"),
        bad("another worker's list", transfers().query("workerId", W1).asWorker("account-w3"), 403, null),
        bad("a worker's list by staff of another region", transfers().query("workerId", W1).asStaff("33"), 403, null),
        bad("a worklist for a worker's account", transfers().asWorker("account-w1"), 403, null),
        bad("a worklist for an employer", transfers().asEmployer("employer-1"), 403, null),
        bad("a worklist for staff without a region", transfers().as("staff-x", "staff", null), 403, null),
        // regions' webhooks
        bad("a bad signature", signed("zj-hrss", Seeds.secret(9), "w-1", accepted(T1)), 401, null),
        bad("an unknown partner", signed("xx-hrss", ZJ_SECRET, "w-2", accepted(T1)), 401, null),
        bad("a disabled partner", signed("js-hrss", JS_SECRET, "w-3", accepted(T1)), 401, null),
        bad("a stale signature", stale("zj-hrss", ZJ_SECRET, "w-4", accepted(T1)), 401, null),
        bad("an unknown event type", signed("zj-hrss", ZJ_SECRET, "w-5", accepted(T1).replace("transfer.accepted", "transfer.won")),
            400, "type"),
        bad("an event without data", signed("zj-hrss", ZJ_SECRET, "w-6", "{\"type\": \"transfer.accepted\"}"), 400, "data"),
        bad("an event without transfer id", signed("zj-hrss", ZJ_SECRET, "w-7", accepted("")), 400, "data.transferId"),
        bad("a rejection event without reason", signed("zj-hrss", ZJ_SECRET, "w-8",
            accepted(T1).replace("transfer.accepted", "transfer.rejected")), 400, "data.reason"),
        bad("a form event with an amount in words", signed("sc-hrss", SC_SECRET, "w-9",
            "{\"type\": \"transfer.out_confirmed\", \"data\": {\"transferId\": \"" + T1 + "\", \"contributionMonths\": 20,"
                + " \"unclaimedBenefitMonths\": 1, \"amounts\": {\"medicalSubsidy\": \"lots\"}}}"), 400, "data.amounts.medicalSubsidy"),
        bad("an event that is not JSON", signed("zj-hrss", ZJ_SECRET, "w-10", "transfer accepted"), 400, "body"),
        bad("an agency's event", signed("zj-agency", AGENCY_SECRET, "w-11", accepted(T1)), 403, null),
        bad("a third region's event", signed("fj-hrss", FJ_SECRET, "w-12", accepted(T1)), 403, null),
        bad("an event about a transfer nobody made", signed("zj-hrss", ZJ_SECRET, "w-13", accepted(NOBODY)), 404, null));
  }

  @ParameterizedTest(name = "{0} is refused")
  @MethodSource("badRequests")
  void a_bad_request_is_refused_and_nothing_is_written(String what, ApiGatewayRequests request, int status, String field) {
    String before = written();
    ApiGatewayResponse response = function.send(request.event());

    ProblemAssertions.assertProblem(response, status, field);
    assertEquals(before, written(), "nothing is written for a refused request");
  }

  /** Everything a request could have written: the transfers table, the push queue, the files bucket. */
  private String written() {
    var items = aws.dynamoDb().scan(r -> r.tableName(stack.tableName("TransfersTable"))).items().stream()
        .map(Object::toString).sorted().toList();
    String messages = aws.sqs().getQueueAttributes(r -> r.queueUrl(stack.queueUrl("PushQueue"))
        .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)).attributes()
        .get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES);
    int files = aws.s3().listObjectsV2(r -> r.bucket(stack.bucketName("FilesBucket"))).keyCount();
    return items + " messages=" + messages + " files=" + files;
  }

  private static Arguments bad(String what, ApiGatewayRequests request, int status, String field) {
    return Arguments.of(what, request, status, field);
  }

  private static ApiGatewayRequests transfers() {
    return ApiGatewayRequests.get("/v1/insurance-transfers");
  }

  private static ApiGatewayRequests apply(String body, String account) {
    return ApiGatewayRequests.post("/v1/insurance-transfers", body).asWorker(account);
  }

  private static ApiGatewayRequests document(String body) {
    return ApiGatewayRequests.post("/v1/insurance-transfers/" + T1 + "/documents", body).asWorker("account-w1");
  }

  private static String form(String benefit, String medical, String training) {
    return "{\"contributionMonths\": 20, \"unclaimedBenefitMonths\": 1, \"amounts\": {\"unemploymentBenefit\": " + benefit
        + ", \"medicalSubsidy\": " + medical + ", \"trainingSubsidy\": " + training + "}}";
  }

  private static String accepted(String transferId) {
    return "{\"type\": \"transfer.accepted\", \"data\": {\"transferId\": \"" + transferId + "\"}}";
  }

  private static ApiGatewayRequests signed(String partnerId, WebhookSecret secret, String webhookId, String body) {
    return signedAt(partnerId, secret, webhookId, body, START.getEpochSecond());
  }

  private static ApiGatewayRequests stale(String partnerId, WebhookSecret secret, String webhookId, String body) {
    return signedAt(partnerId, secret, webhookId, body, START.getEpochSecond() - 600);
  }

  private static ApiGatewayRequests signedAt(String partnerId, WebhookSecret secret, String webhookId, String body, long at) {
    return ApiGatewayRequests.post("/v1/partners/" + partnerId + "/transfer-webhooks", body)
        .header("webhook-id", webhookId).header("webhook-timestamp", Long.toString(at))
        .header("webhook-signature", WebhookSigner.sign(webhookId, at, body.getBytes(StandardCharsets.UTF_8), secret));
  }
}
