package org.laborbridge.jobs.api;

import org.junit.jupiter.api.Test;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Jobs posted and closed and workers registered are counted once for the reports, repeats and retries not at all. */
class ActivityCountersTest extends JobsHandlerTest {

  @Test
  void a_job_posted_twice_with_one_key_and_closed_twice_counts_once_with_its_openings() {
    String body = Bodies.job().toString();
    String id = function.send(ApiGatewayRequests.post("/v1/jobs", body).header("Idempotency-Key", "count-1")
        .asEmployer("employer-count").event()).json().path("id").asText();
    function.send(ApiGatewayRequests.post("/v1/jobs", body).header("Idempotency-Key", "count-1").asEmployer("employer-count").event());
    function.send(ApiGatewayRequests.post("/v1/jobs/" + id + "/close", null).asEmployer("employer-count").event());
    function.send(ApiGatewayRequests.post("/v1/jobs/" + id + "/close", null).asEmployer("employer-count").event());

    Map<String, AttributeValue> zhejiang = counters("COUNTS#M#2026-11", "REGION#33");
    assertEquals("1", zhejiang.get("jobsPosted").n());
    assertEquals("5", zhejiang.get("openings").n());
    assertEquals("1", zhejiang.get("jobsClosed").n());
    assertEquals("1", counters("COUNTS#W#2026-W48", "REGION#33").get("jobsPosted").n());
  }

  @Test
  void a_worker_registered_twice_counts_once_in_their_home_region_and_priority_group_with_nothing_personal() {
    String body = Bodies.worker().put("identityNumber", "440524188001010014").toString();
    function.send(ApiGatewayRequests.post("/v1/workers", body).asWorker("worker-count").event());
    function.send(ApiGatewayRequests.post("/v1/workers", body).asWorker("worker-count").event());

    Map<String, AttributeValue> sichuan = counters("COUNTS#M#2026-11", "REGION#51");
    assertEquals("1", sichuan.get("workersRegistered").n());
    assertEquals("1", sichuan.get("workersRegistered.LIFTED_OUT_OF_POVERTY").n());
    assertFalse(sichuan.toString().contains("440524188001010014"));
  }

  private Map<String, AttributeValue> counters(String period, String key) {
    return aws.dynamoDb().getItem(r -> r.tableName(stack.tableName("CountersTable"))
        .key(Map.of("pk", AttributeValue.fromS(period), "sk", AttributeValue.fromS(key)))).item();
  }
}
