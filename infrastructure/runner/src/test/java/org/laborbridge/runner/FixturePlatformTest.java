package org.laborbridge.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.laborbridge.localaws.RepositoryRoot;
import org.laborbridge.shared.time.SettableClock;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SQS triggers and schedules, run as Lambda runs them: fixture functions in their own JVMs, a queue with a DLQ,
 * and a daily 09:00 Asia/Shanghai schedule under a clock the test moves.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FixturePlatformTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SettableClock clock = new SettableClock(Instant.parse("2026-11-27T00:59:00Z"));
  private LocalPlatform platform;
  private final List<String> records = new ArrayList<>();

  @BeforeAll
  void start(@TempDir Path keys) {
    Path root = RepositoryRoot.find();
    List<Path> testClasspath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();
    platform = LocalPlatform.start(new LocalPlatform.Options(root,
        root.resolve("infrastructure/runner/src/test/resources/runner-fixture.yaml"), "fixture", 0, null,
        keys.resolve("key.json"), clock, false, codeUri -> testClasspath));
  }

  @AfterAll
  void stop() {
    platform.close();
  }

  private String queue(String logicalId) {
    return platform.stack().queueUrl(logicalId);
  }

  private void send(String body) {
    platform.aws().sqs().sendMessage(r -> r.queueUrl(queue("WorkQueue")).messageBody(body));
  }

  /** Reads the records queue until the condition holds, or fails after a bounded wait. */
  private List<String> awaitRecords(Predicate<List<String>> done) {
    long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
    while (!done.test(records) && System.nanoTime() < deadline) {
      for (Message m : platform.aws().sqs().receiveMessage(r -> r.queueUrl(queue("RecordsQueue")).maxNumberOfMessages(10)
          .waitTimeSeconds(1)).messages()) {
        records.add(m.body());
        platform.aws().sqs().deleteMessage(r -> r.queueUrl(queue("RecordsQueue")).receiptHandle(m.receiptHandle()));
      }
    }
    assertTrue(done.test(records), () -> "records so far: " + records);
    return records;
  }

  private List<String> deadLetters() {
    List<String> bodies = new ArrayList<>();
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (bodies.isEmpty() && System.nanoTime() < deadline) {
      platform.aws().sqs().receiveMessage(r -> r.queueUrl(queue("WorkDeadLetters")).maxNumberOfMessages(10).waitTimeSeconds(1))
          .messages().forEach(m -> bodies.add(m.body()));
    }
    return bodies;
  }

  @Test
  void a_batch_is_delivered_good_records_are_deleted_and_a_reported_failure_comes_back_then_goes_to_the_dlq() {
    send("ok-1");
    send("ok-2");
    send("fail-1");

    awaitRecords(r -> r.containsAll(List.of("ok-1|1|fixture-WorkQueue", "ok-2|1|fixture-WorkQueue",
        "fail-1|1|fixture-WorkQueue", "fail-1|2|fixture-WorkQueue")));
    assertEquals(List.of("fail-1"), deadLetters());
    assertEquals(1, records.stream().filter(r -> r.startsWith("ok-1|")).count(), "a good record is handled once");
    String left = platform.aws().sqs().getQueueAttributes(r -> r.queueUrl(queue("WorkQueue"))
        .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
        .attributesAsStrings().values().stream().mapToInt(Integer::parseInt).sum() + "";
    assertEquals("0", left);
  }

  @Test
  void a_handler_that_throws_fails_its_whole_batch_which_is_redelivered_and_then_dead_lettered() {
    records.clear();
    send("throw");
    awaitRecords(r -> r.containsAll(List.of("throw|1|fixture-WorkQueue", "throw|2|fixture-WorkQueue")));
    assertTrue(deadLetters().contains("throw"));
  }

  @Test
  void the_daily_schedule_fires_at_nine_in_shanghai_and_on_demand() throws Exception {
    assertEquals(Optional.of(Instant.parse("2026-11-27T01:00:00Z")), platform.scheduler().nextFireTime("ClockFunction.Daily"));
    assertEquals(0, platform.scheduler().tick(), "08:59 in Shanghai: nothing yet");
    clock.set(Instant.parse("2026-11-27T01:00:00Z"));
    assertEquals(1, platform.scheduler().tick());
    awaitRecords(r -> r.contains("schedule|spring-breeze"));

    HttpResponse<String> fired = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + platform.port() + "/_local/schedules/ClockFunction.Daily/fire"))
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(202, fired.statusCode(), fired.body());
    awaitRecords(r -> r.stream().filter("schedule|spring-breeze"::equals).count() == 2);
    assertEquals(Optional.of(Instant.parse("2026-11-28T01:00:00Z")), platform.scheduler().nextFireTime("ClockFunction.Daily"));
  }

  @Test
  void routes_behind_the_authorizer_answer_401_without_a_token_and_pass_verified_claims_with_one() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    URI uri = URI.create("http://localhost:" + platform.port() + "/claims/me");
    HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(401, anonymous.statusCode());
    assertEquals("{\"message\":\"Unauthorized\"}", anonymous.body());

    String token = platform.issuer().token("staff-9", Set.of("staff", "employer"), Optional.of("51"), Duration.ofMinutes(5));
    HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, signedIn.statusCode(), signedIn.body());
    JsonNode body = JSON.readTree(signedIn.body());
    assertEquals("staff-9", body.path("claims").path("sub").asText());
    assertEquals("[staff employer]", body.path("claims").path("roles").asText());
    assertEquals("51", body.path("claims").path("region").asText());
    assertEquals("me", body.path("who").asText());

    clock.set(clock.instant().plus(Duration.ofMinutes(10)));
    HttpResponse<String> expired = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(401, expired.statusCode());
  }
}
