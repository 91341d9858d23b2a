package org.laborbridge.jobs.api;

import org.laborbridge.platform.testing.ProblemAssertions;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import org.laborbridge.platform.testing.ApiGatewayResponse;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each bad input gets a 4xx problem+json naming what is wrong, and nothing is written anywhere. */
class BadInputTest extends JobsHandlerTest {


  static Stream<Arguments> badJobs() {
    return Stream.of(
        bad("malformed JSON", "{\"title\": \"Cook\",", 400, "body"),
        bad("a number where text belongs", job(j -> j.put("openings", "five")), 400, "openings"),
        bad("an object where a number belongs", job(j -> j.set("salary", j.objectNode().put("min", "lots"))), 400, "salary.min"),
        bad("a missing title", job(j -> j.without("title")), 400, "title"),
        bad("a missing employer", job(j -> j.without("employer")), 400, "employer"),
        bad("an unknown employment type", job(j -> j.put("employmentType", "FOREVER")), 400, "employmentType"),
        bad("an unknown pay unit", job(j -> { ((ObjectNode) j.path("salary")).put("unit", "WEEK"); return j; }), 400, "salary.unit"),
        bad("a malformed occupation code", job(j -> j.put("occupationCode", "6-1-2-3")), 400, "occupationCode"),
        bad("an occupation outside the eight major groups", job(j -> j.put("occupationCode", "9-01-02-03")), 400, "occupationCode"),
        bad("a credit code with a wrong check character", job(j -> { ((ObjectNode) j.path("employer")).put("creditCode", "9144030071526726XA"); return j; }), 400, "employer.creditCode"),
        bad("a credit code with the letter O", job(j -> { ((ObjectNode) j.path("employer")).put("creditCode", "91440300715267O6XG"); return j; }), 400, "employer.creditCode"),
        bad("a region outside the nine", job(j -> { ((ObjectNode) j.path("location")).put("regionCode", "440300"); return j; }), 400, "location.regionCode"),
        bad("a salary minimum above its maximum", job(j -> { ((ObjectNode) j.path("salary")).put("min", 9000).put("max", 8000); return j; }), 400, "salary.min"),
        bad("a currency other than CNY", job(j -> { ((ObjectNode) j.path("salary")).put("currency", "USD"); return j; }), 400, "salary.currency"),
        bad("validThrough in the past", job(j -> j.put("validThrough", "2026-11-26")), 400, "validThrough"),
        bad("a validThrough that is no date", job(j -> j.put("validThrough", "next spring")), 400, "validThrough"),
        bad("zero openings", job(j -> j.put("openings", 0)), 400, "openings"),
        bad("negative openings", job(j -> j.put("openings", -3)), 400, "openings"),
        bad("an unknown language level", job(j -> { ((ObjectNode) j.path("workingLanguages").get(0)).put("level", "fluent"); return j; }), 400, "workingLanguages[0].level"),
        bad("a body over 256 KB", job(j -> j.put("description", "x".repeat(270 * 1024))), 413, null));
  }

  static Stream<Arguments> badWorkers() {
    return Stream.of(
        bad("an identity number with a wrong check character", worker(w -> w.put("identityNumber", "110105194912310021")), 400, "identityNumber"),
        bad("an identity number with an impossible birth date", worker(w -> w.put("identityNumber", "110105194902300020")), 400, "identityNumber"),
        bad("an identity number with a lower-case x", worker(w -> w.put("identityNumber", "11010519491231002x")), 400, "identityNumber"),
        bad("an identity number of the wrong length", worker(w -> w.put("identityNumber", "1101051949123100")), 400, "identityNumber"),
        bad("a phone that is no mobile number", worker(w -> w.put("phone", "12812345678")), 400, "phone"),
        bad("a home county outside the nine regions", worker(w -> w.put("homeCounty", "110105")), 400, "homeCounty"),
        bad("an unknown priority group", worker(w -> { w.putArray("priorityGroups").add("VIP"); return w; }), 400, "priorityGroups[0]"),
        bad("consent without a channel", worker(w -> { w.putObject("consent").put("push", true); return w; }), 400, "consent.channels"),
        bad("no desired region", worker(w -> w.without("desiredRegions")), 400, "desiredRegions"),
        bad("a desired region outside the nine", worker(w -> { w.putArray("desiredRegions").add("44"); return w; }), 400, "desiredRegions[0]"));
  }

  private static Arguments bad(String what, String body, int status, String field) {
    return Arguments.of(what, body, status, field);
  }

  private static String job(UnaryOperator<ObjectNode> change) {
    return change.apply(Bodies.job()).toString();
  }

  private static String worker(UnaryOperator<ObjectNode> change) {
    return change.apply(Bodies.worker()).toString();
  }

  @ParameterizedTest(name = "a job with {0} is refused")
  @MethodSource("badJobs")
  void a_bad_job_is_refused_and_nothing_is_written(String what, String body, int status, String field) {
    assertRefused(ApiGatewayRequests.post("/v1/jobs", body).asEmployer("employer-bad"), status, field);
  }

  @ParameterizedTest(name = "a worker with {0} is refused")
  @MethodSource("badWorkers")
  void a_bad_worker_is_refused_and_nothing_is_written(String what, String body, int status, String field) {
    assertRefused(ApiGatewayRequests.post("/v1/workers", body).asWorker("worker-bad"), status, field);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRequests")
  void other_bad_requests_are_refused_and_nothing_is_written(String what, ApiGatewayRequests request, int status, String field) {
    assertRefused(request, status, field);
  }

  static Stream<Arguments> badRequests() {
    return Stream.of(
        Arguments.of("an unknown job id is a 404", ApiGatewayRequests.get("/v1/jobs/not-a-job").asStaff("51"), 404, null),
        Arguments.of("closing an unknown job is a 404", ApiGatewayRequests.post("/v1/jobs/not-a-job/close", null).asStaff("51"), 404, null),
        Arguments.of("an unknown worker id is a 404", ApiGatewayRequests.get("/v1/workers/nobody").asStaff("51"), 404, null),
        Arguments.of("an unknown route is a 404", ApiGatewayRequests.get("/v1/nowhere").asStaff("51"), 404, null),
        Arguments.of("a wrong method is a 405", ApiGatewayRequests.put("/v1/jobs", "{}").asStaff("51"), 405, null),
        Arguments.of("a limit over 100 is refused", ApiGatewayRequests.get("/v1/jobs").query("region", "51").query("limit", "500").asStaff("51"), 400, "limit"),
        Arguments.of("a tampered cursor is refused", ApiGatewayRequests.get("/v1/jobs").query("region", "51").query("cursor", "bm90LWEtY3Vyc29y").asStaff("51"), 400, "cursor"),
        Arguments.of("a region outside the nine is refused", ApiGatewayRequests.get("/v1/jobs").query("region", "44").asStaff("51"), 400, "region"),
        Arguments.of("a changes feed without since is refused", ApiGatewayRequests.get("/v1/jobs/changes").asStaff("51"), 400, "since"),
        Arguments.of("a partner with a malformed secret is refused", ApiGatewayRequests.post("/v1/partners",
            Bodies.partner("zj-hr", "not-a-secret").toString()).asStaff("51"), 400, "secrets[0]"),
        Arguments.of("a partner with an http callback is refused", ApiGatewayRequests.post("/v1/partners",
            Bodies.partner("zj-hr", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").put("callbackUrl", "http://x.example").toString()).asStaff("51"), 400, "callbackUrl"),
        Arguments.of("an employer may not register partners", ApiGatewayRequests.post("/v1/partners",
            Bodies.partner("zj-hr", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").toString()).asEmployer("e"), 403, null));
  }

  private void assertRefused(ApiGatewayRequests request, int status, String field) {
    long before = written();
    ApiGatewayResponse response = function.send(request.event());
    ProblemAssertions.assertProblem(response, status, field);
    assertEquals(before, written(), "nothing is written for a refused request");
  }

  /** Everything a request could have written: items in the function's tables and messages on its queue. */
  private long written() {
    long items = Stream.of("JobsTable", "WorkersTable", "PartnersTable")
        .mapToLong(t -> aws.dynamoDb().scan(r -> r.tableName(stack.tableName(t)).select("COUNT")).count()).sum();
    String messages = aws.sqs().getQueueAttributes(r -> r.queueUrl(stack.queueUrl("MatchingQueue"))
        .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)).attributes()
        .get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES);
    return items * 1000 + Long.parseLong(messages);
  }
}
