package org.laborbridge.fairs.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import org.laborbridge.platform.testing.ApiGatewayResponse;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Capacity under a crowd: exactly as many confirmed as there are seats, the rest in line, promoted in order. */
class SeatsWithoutOverbookingTest extends FairsHandlerTest {

  @Test
  void two_hundred_people_racing_for_one_hundred_seats_leaves_one_hundred_confirmed_and_one_hundred_waitlisted()
      throws Exception {
    String fairId = planFair(100, 0);
    for (int i = 0; i < 200; i++) {
      function.workerRegistered("w-" + i, i % 2 == 0 ? "513400" : "500101", "account-w-" + i);
    }
    function.drain("MatchingQueue");

    List<ApiGatewayResponse> answers = race(200, i -> registerWorker(fairId, "w-" + i, "account-w-" + i));

    Map<Integer, Long> byStatus = answers.stream().collect(Collectors.groupingBy(ApiGatewayResponse::status,
        Collectors.counting()));
    assertEquals(Map.of(201, 100L, 202, 100L), byStatus, () -> "answers " + byStatus + " e.g. " + answers.get(0));
    JsonNode fair = fair(fairId);
    assertEquals(100, fair.path("seats").path("taken").asInt());
    assertEquals(0, fair.path("seats").path("left").asInt());
    Map<String, AttributeValue> item = aws.dynamoDb().getItem(r -> r.tableName(stack.tableName("FairsTable"))
        .key(Map.of("pk", AttributeValue.fromS("FAIR#" + fairId), "sk", AttributeValue.fromS("FAIR")))).item();
    assertEquals(100, item.get("seatHolders").m().size());
    Set<Integer> positions = answers.stream().filter(a -> a.status() == 202)
        .map(a -> a.json().path("position").asInt()).collect(Collectors.toSet());
    assertEquals(IntStream.rangeClosed(1, 100).boxed().collect(Collectors.toSet()), positions);
    // Matching hears of each confirmed worker once.
    List<JsonNode> told = function.drain("MatchingQueue");
    assertEquals(100, told.size());
    assertEquals(100, told.stream().map(m -> m.path("data").path("workerId").asText()).distinct().count());
    assertTrue(told.stream().allMatch(m -> m.path("type").asText().equals("fair.registration.confirmed")));
  }

  @Test
  void a_cancellation_gives_the_seat_to_the_first_in_line_and_the_line_moves_up() {
    String fairId = planFair(2, 0);
    for (String w : List.of("a", "b", "c", "d")) {
      function.workerRegistered("w-" + w, "513400", "account-" + w);
      registerWorker(fairId, "w-" + w, "account-" + w);
    }
    function.drain("MatchingQueue");
    String first = registerWorker(fairId, "w-a", "account-a").json().path("id").asText();
    JsonNode c = registerWorker(fairId, "w-c", "account-c").json();
    JsonNode d = registerWorker(fairId, "w-d", "account-d").json();
    assertEquals(List.of("WAITLISTED", 1, "WAITLISTED", 2), List.of(c.path("status").asText(), c.path("position").asInt(),
        d.path("status").asText(), d.path("position").asInt()));

    ApiGatewayResponse cancelled = function.send(ApiGatewayRequests.post(
        "/v1/fairs/" + fairId + "/registrations/" + first + "/cancel", null).asWorker("account-a"));

    assertEquals(200, cancelled.status(), cancelled::toString);
    assertEquals("CANCELLED", cancelled.json().path("status").asText());
    JsonNode promoted = function.send(ApiGatewayRequests.get("/v1/fairs/" + fairId + "/registrations/"
        + c.path("id").asText()).asWorker("account-c")).json();
    assertEquals("CONFIRMED", promoted.path("status").asText());
    JsonNode next = function.send(ApiGatewayRequests.get("/v1/fairs/" + fairId + "/registrations/"
        + d.path("id").asText()).asWorker("account-d")).json();
    assertEquals(List.of("WAITLISTED", 1), List.of(next.path("status").asText(), next.path("position").asInt()));
    assertEquals(2, fair(fairId).path("seats").path("taken").asInt());
    List<JsonNode> told = function.drain("MatchingQueue");
    assertEquals(List.of("w-c"), told.stream().map(m -> m.path("data").path("workerId").asText()).toList());

    // Cancelling again changes nothing: the seat went once.
    ApiGatewayResponse again = function.send(ApiGatewayRequests.post(
        "/v1/fairs/" + fairId + "/registrations/" + first + "/cancel", null).asWorker("account-a"));
    assertEquals(200, again.status());
    assertEquals("WAITLISTED", function.send(ApiGatewayRequests.get("/v1/fairs/" + fairId + "/registrations/"
        + d.path("id").asText()).asWorker("account-d")).json().path("status").asText());
    assertEquals(2, fair(fairId).path("seats").path("taken").asInt());
  }

  @Test
  void a_retried_registration_returns_the_first_one_and_takes_no_second_seat() {
    String fairId = planFair(5, 0);
    function.workerRegistered("w-retry", "513400", "account-retry");

    ApiGatewayResponse first = registerWorker(fairId, "w-retry", "account-retry");
    ApiGatewayResponse second = registerWorker(fairId, "w-retry", "account-retry");

    assertEquals(201, first.status(), first::toString);
    assertEquals(200, second.status(), second::toString);
    assertEquals(first.json().path("id"), second.json().path("id"));
    assertEquals(first.json().path("checkIn").path("code"), second.json().path("checkIn").path("code"));
    assertEquals(1, fair(fairId).path("seats").path("taken").asInt());
  }

  @Test
  void one_staff_member_registering_a_worker_twice_at_the_same_moment_gets_one_seat() throws Exception {
    String fairId = planFair(5, 0);
    function.workerRegistered("w-twice", "513400", null);

    List<ApiGatewayResponse> answers = race(8, i -> function.send(ApiGatewayRequests.post(
        "/v1/fairs/" + fairId + "/registrations", "{\"workerId\":\"w-twice\"}").asStaff("51")));

    assertEquals(1, answers.stream().filter(a -> a.status() == 201).count(), answers::toString);
    assertTrue(answers.stream().allMatch(a -> a.status() == 200 || a.status() == 201), answers::toString);
    assertEquals(1, answers.stream().map(a -> a.json().path("id").asText()).distinct().count());
    assertEquals(1, fair(fairId).path("seats").path("taken").asInt());
  }

  interface Attempt {
    ApiGatewayResponse call(int i) throws Exception;
  }

  /** Starts every attempt at the same moment on its own thread. */
  static List<ApiGatewayResponse> race(int attempts, Attempt attempt) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(attempts, 32));
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<ApiGatewayResponse>> futures = new ArrayList<>();
      for (int i = 0; i < attempts; i++) {
        int n = i;
        Callable<ApiGatewayResponse> task = () -> {
          start.await();
          return attempt.call(n);
        };
        futures.add(pool.submit(task));
      }
      start.countDown();
      List<ApiGatewayResponse> answers = new ArrayList<>();
      for (Future<ApiGatewayResponse> future : futures) {
        answers.add(future.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }
}
