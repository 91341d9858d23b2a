package org.laborbridge.push.api;

import org.laborbridge.platform.testing.ProblemAssertions;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import org.laborbridge.platform.testing.ApiGatewayResponse;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each bad request gets a 4xx problem+json naming what is wrong, and nothing is written anywhere. */
class BadInputTest extends PushHandlerTest {

  private static final String GOOD = "{\"id\": \"sc-sms\", \"regionCode\": \"51\", \"channel\": \"SMS\", \"url\": \"https://sms.sc.example/in\"}";

  @BeforeAll
  void somethingToReadAndRefuse() {
    function.handle(pushRequested("job-1", "w-1", "51", "INBOX"));
  }

  static Stream<Arguments> badRequests() {
    return Stream.of(
        bad("malformed JSON", post("{\"id\": \"sc-sms\","), 400, "body"),
        bad("a number where text belongs", post("{\"id\": 42, \"regionCode\": \"51\", \"channel\": \"SMS\", \"url\": \"https://a.example\"}"), 400, "id"),
        bad("no id", post(GOOD.replace("\"id\": \"sc-sms\", ", "")), 400, "id"),
        bad("an id with spaces", post(GOOD.replace("sc-sms", "SC SMS")), 400, "id"),
        bad("a region outside the nine", post(GOOD.replace("\"51\"", "\"44\"")), 400, "regionCode"),
        bad("a six-digit region", post(GOOD.replace("\"51\"", "\"510000\"")), 400, "regionCode"),
        bad("an unknown channel", post(GOOD.replace("SMS", "FAX")), 400, "channel"),
        bad("the inbox as a channel", post(GOOD.replace("SMS", "INBOX")), 400, "channel"),
        bad("a plain http url", post(GOOD.replace("https://", "http://")), 400, "url"),
        bad("a url with a password", post(GOOD.replace("https://", "https://user:pw@")), 400, "url"),
        bad("no url", post(GOOD.replace(", \"url\": \"https://sms.sc.example/in\"", "")), 400, "url"),
        bad("a registration by an employer", ApiGatewayRequests.post("/v1/channel-endpoints", GOOD).asEmployer("employer-1"), 403, null),
        bad("a registration by staff of another region", ApiGatewayRequests.post("/v1/channel-endpoints", GOOD).asStaff("33"), 403, null),
        bad("a url with an impossible port", post(GOOD.replace("https://sms.sc.example/in", "https://sms.sc.example:99999/in")), 400, "url"),
        bad("a url with a fragment", post(GOOD.replace("https://sms.sc.example/in", "https://sms.sc.example/in#x")), 400, "url"),
        bad("a registration by a worker", ApiGatewayRequests.post("/v1/channel-endpoints", GOOD).asWorker("account-w-1"), 403, null),
        bad("no signed-in user", ApiGatewayRequests.post("/v1/channel-endpoints", GOOD), 401, null),
        bad("a body over 256 KB", post(GOOD.replace("sc-sms\",", "sc-sms\", \"pad\": \"" + "x".repeat(270 * 1024) + "\",")), 413, null),
        bad("a page size of zero", ApiGatewayRequests.get("/v1/workers/w-1/matches").query("limit", "0").asWorker("account-w-1"), 400, "limit"),
        bad("a page size in words", ApiGatewayRequests.get("/v1/workers/w-1/matches").query("limit", "ten").asWorker("account-w-1"), 400, "limit"),
        bad("a cursor we never gave out", ApiGatewayRequests.get("/v1/workers/w-1/matches").query("cursor", "bm90LW91cnM").asWorker("account-w-1"), 400, "cursor"),
        bad("unread as a word", ApiGatewayRequests.get("/v1/workers/w-1/matches").query("unread", "maybe").asWorker("account-w-1"), 400, "unread"),
        bad("an inbox kind that does not exist", ApiGatewayRequests.get("/v1/workers/w-1/matches").query("kind", "FAIR").asWorker("account-w-1"), 400, "kind"),
        bad("mark-read of a campaign message never pushed", ApiGatewayRequests.post("/v1/workers/w-1/matches/campaign:4b1d0f52-0000-3000-8000-000000000000/read", null).asWorker("account-w-1"), 404, null),
        bad("mark-read of a campaign entry id without a message id", ApiGatewayRequests.post("/v1/workers/w-1/matches/campaign:/read", null).asWorker("account-w-1"), 404, null),
        bad("a job reach cursor we never gave out", ApiGatewayRequests.get("/v1/jobs/job-1/matches").query("cursor", "e30").asEmployer("employer-ningbo"), 400, "cursor"),
        bad("a list of endpoints for a region outside the nine", ApiGatewayRequests.get("/v1/channel-endpoints").query("region", "99").asStaff("51"), 400, "region"),
        bad("a list of endpoints without a region", ApiGatewayRequests.get("/v1/channel-endpoints").as("staff-x", "staff", null), 400, "region"),
        bad("an endpoint that does not exist", ApiGatewayRequests.get("/v1/channel-endpoints/nowhere").asStaff("51"), 404, null),
        bad("mark-read of a job never pushed", ApiGatewayRequests.post("/v1/workers/w-1/matches/job-9/read", null).asWorker("account-w-1"), 404, null),
        bad("mark-read by someone else", ApiGatewayRequests.post("/v1/workers/w-1/matches/job-1/read", null).asWorker("account-w-2"), 403, null),
        bad("a method the API does not have", ApiGatewayRequests.put("/v1/channel-endpoints/sc-sms", GOOD).asStaff("51"), 405, null));
  }

  private static ApiGatewayRequests post(String body) {
    return ApiGatewayRequests.post("/v1/channel-endpoints", body).asStaff("51");
  }

  private static Arguments bad(String what, ApiGatewayRequests request, int status, String field) {
    return Arguments.of(what, request, status, field);
  }

  @ParameterizedTest(name = "{0} is refused")
  @MethodSource("badRequests")
  void a_bad_request_is_refused_and_nothing_is_written(String what, ApiGatewayRequests request, int status, String field) {
    long before = written();
    ApiGatewayResponse response = function.send(request.event());

    ProblemAssertions.assertProblem(response, status, field);
    assertEquals(before, written(), "nothing is written for a refused request");
  }

  /** Everything a request could have written: items in the deliveries table and messages on the push queue. */
  private long written() {
    long items = aws.dynamoDb().scan(r -> r.tableName(stack.tableName("DeliveriesTable")).select("COUNT")).count();
    String messages = aws.sqs().getQueueAttributes(r -> r.queueUrl(stack.queueUrl("PushQueue"))
        .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)).attributes()
        .get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES);
    return items * 1000 + Long.parseLong(messages);
  }
}
