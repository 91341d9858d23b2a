package org.laborbridge.jobs.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import org.laborbridge.platform.testing.ApiGatewayResponse;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Job postings through the real handler against local AWS: post, read, list, close, the changes feed, idempotency. */
class JobsApiTest extends JobsHandlerTest {


  private ApiGatewayResponse postJob(ObjectNode body, String employer) {
    return function.send(ApiGatewayRequests.post("/v1/jobs", body.toString()).asEmployer(employer).event());
  }

  @Test
  void an_employer_posts_a_job_and_reads_it_back_with_its_location() {
    ApiGatewayResponse created = postJob(Bodies.job(), "employer-zj-1");
    assertEquals(201, created.status(), created::toString);
    String id = created.json().path("id").asText();
    assertEquals("/v1/jobs/" + id, created.header("Location"));

    JsonNode job = function.send(ApiGatewayRequests.get("/v1/jobs/" + id).asWorker("worker-1").event()).json();
    assertEquals("Line cook, central kitchen", job.path("title").asText());
    assertEquals("ACTIVE", job.path("status").asText());
    assertEquals("33", job.path("location").path("province").asText());
    assertEquals(6000, job.path("salary").path("monthlyMinimum").asInt());
    assertEquals("EMPLOYER", job.path("postedBy").path("kind").asText());
    assertEquals("employer-zj-1", job.path("postedBy").path("id").asText());
    assertEquals("2026-11-27T02:00:00Z", job.path("createdAt").asText());
  }

  @Test
  void a_region_lists_its_open_jobs_newest_first_page_by_page() {
    List<String> posted = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      function.clock.advance(java.time.Duration.ofMinutes(1));
      ObjectNode body = Bodies.job().put("title", "Welder " + i);
      ((ObjectNode) body.path("location")).put("regionCode", "320500");
      posted.add(postJob(body, "employer-js-1").json().path("id").asText());
    }
    List<String> listed = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      ApiGatewayRequests request = ApiGatewayRequests.get("/v1/jobs").query("region", "32").query("limit", "2").asStaff("32");
      if (cursor != null) {
        request.query("cursor", cursor);
      }
      JsonNode page = function.send(request.event()).json();
      page.path("items").forEach(item -> listed.add(item.path("id").asText()));
      cursor = page.path("nextCursor").isMissingNode() || page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText();
      pages++;
    } while (cursor != null && pages < 10);
    assertEquals(List.of(posted.get(4), posted.get(3), posted.get(2), posted.get(1), posted.get(0)), listed);
    assertEquals(3, pages);
  }

  @Test
  void closing_a_job_takes_it_off_the_open_list_and_a_second_close_changes_nothing() {
    ObjectNode body = Bodies.job();
    ((ObjectNode) body.path("location")).put("regionCode", "350100");
    String id = postJob(body, "employer-fj-1").json().path("id").asText();

    ApiGatewayResponse closed = function.send(ApiGatewayRequests.post("/v1/jobs/" + id + "/close", null).asEmployer("employer-fj-1").event());
    assertEquals(200, closed.status(), closed::toString);
    assertEquals("CLOSED", closed.json().path("status").asText());
    long version = closed.json().path("version").asLong();
    ApiGatewayResponse again = function.send(ApiGatewayRequests.post("/v1/jobs/" + id + "/close", null).asStaff("35").event());
    assertEquals(version, again.json().path("version").asLong());

    JsonNode open = function.send(ApiGatewayRequests.get("/v1/jobs").query("region", "35").asStaff("35").event()).json();
    assertTrue(open.path("items").isArray(), "an empty page still lists its items: " + open);
    assertEquals(0, open.path("items").size());
    JsonNode closedList = function.send(ApiGatewayRequests.get("/v1/jobs").query("region", "35").query("status", "closed").asStaff("35").event()).json();
    assertEquals(id, closedList.path("items").get(0).path("id").asText());
  }

  @Test
  void another_employer_or_staff_of_another_region_may_not_close_a_job() {
    String id = postJob(Bodies.job(), "employer-zj-2").json().path("id").asText();
    assertEquals(403, function.send(ApiGatewayRequests.post("/v1/jobs/" + id + "/close", null).asEmployer("employer-zj-3").event()).status());
    assertEquals(403, function.send(ApiGatewayRequests.post("/v1/jobs/" + id + "/close", null).asStaff("51").event()).status());
    assertEquals(200, function.send(ApiGatewayRequests.post("/v1/jobs/" + id + "/close", null).asStaff("33").event()).status());
  }

  @Test
  void the_changes_feed_returns_jobs_changed_since_a_time_in_order() {
    Instant since = function.clock.instant().plusSeconds(3600);
    function.clock.set(since.plusSeconds(1));
    String first = postJob(Bodies.job().put("title", "Feed one"), "employer-feed").json().path("id").asText();
    function.clock.advance(java.time.Duration.ofSeconds(10));
    String second = postJob(Bodies.job().put("title", "Feed two"), "employer-feed").json().path("id").asText();
    function.clock.advance(java.time.Duration.ofSeconds(10));
    function.send(ApiGatewayRequests.post("/v1/jobs/" + first + "/close", null).asEmployer("employer-feed").event());

    JsonNode feed = function.send(ApiGatewayRequests.get("/v1/jobs/changes").query("since", since.toString()).asStaff("51").event()).json();
    List<String> order = new ArrayList<>();
    feed.path("items").forEach(item -> order.add(item.path("id").asText() + ":" + item.path("status").asText()));
    assertEquals(List.of(second + ":ACTIVE", first + ":CLOSED"), order);
  }

  @Test
  void the_same_idempotency_key_and_body_give_the_first_job_and_another_body_is_refused() {
    ObjectNode body = Bodies.job().put("title", "Idempotent job");
    ApiGatewayResponse first = function.send(ApiGatewayRequests.post("/v1/jobs", body.toString()).header("Idempotency-Key", "order-77")
        .asEmployer("employer-idem").event());
    ApiGatewayResponse second = function.send(ApiGatewayRequests.post("/v1/jobs", body.toString()).header("Idempotency-Key", "order-77")
        .asEmployer("employer-idem").event());
    assertEquals(201, first.status());
    assertEquals(201, second.status());
    assertEquals(first.json().path("id"), second.json().path("id"));
    assertEquals(first.header("Location"), second.header("Location"));

    ApiGatewayResponse different = function.send(ApiGatewayRequests.post("/v1/jobs", body.put("openings", 9).toString())
        .header("Idempotency-Key", "order-77").asEmployer("employer-idem").event());
    assertEquals(422, different.status(), different::toString);
    assertEquals("application/problem+json", different.header("Content-Type"));
  }

  @Test
  void every_posted_job_puts_one_job_posted_envelope_on_the_matching_queue() {
    drainMatchingQueue();
    String id = postJob(Bodies.job().put("title", "Queued job"), "employer-q").json().path("id").asText();
    List<Message> messages = drainMatchingQueue();
    assertEquals(1, messages.size());
    JsonNode envelope = readJson(messages.get(0).body());
    assertEquals("job.posted", envelope.path("type").asText());
    assertEquals("laborbridge.jobs", envelope.path("source").asText());
    assertEquals(id, envelope.path("data").path("id").asText());
    assertNotNull(envelope.path("id").asText(null));
  }

  @Test
  void workers_and_partners_may_not_post_jobs() {
    assertEquals(403, function.send(ApiGatewayRequests.post("/v1/jobs", Bodies.job().toString()).asWorker("w").event()).status());
    assertEquals(401, function.send(ApiGatewayRequests.post("/v1/jobs", Bodies.job().toString()).event()).status());
  }

  List<Message> drainMatchingQueue() {
    List<Message> all = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    while (true) {
      List<Message> batch = aws.sqs().receiveMessage(r -> r.queueUrl(stack.queueUrl("MatchingQueue")).maxNumberOfMessages(10)
          .waitTimeSeconds(0).messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
      if (batch.isEmpty()) {
        return all;
      }
      for (Message m : batch) {
        if (seen.add(m.messageId())) {
          all.add(m);
        }
        aws.sqs().deleteMessage(r -> r.queueUrl(stack.queueUrl("MatchingQueue")).receiptHandle(m.receiptHandle()));
      }
    }
  }

  static JsonNode readJson(String text) {
    try {
      return JobsFunction.JSON.readTree(text);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void an_unknown_job_is_a_404_problem() {
    ApiGatewayResponse missing = function.send(ApiGatewayRequests.get("/v1/jobs/no-such-job").asStaff("51").event());
    assertEquals(404, missing.status());
    assertEquals("https://laborbridge.org/problems/not-found", missing.json().path("type").asText());
    assertFalse(missing.json().path("errorRef").asText().isEmpty());
    assertNull(missing.json().get("stackTrace"));
    assertTrue(missing.header("Content-Type").startsWith("application/problem+json"));
  }
}
