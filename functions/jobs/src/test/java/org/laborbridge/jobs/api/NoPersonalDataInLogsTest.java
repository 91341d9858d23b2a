package org.laborbridge.jobs.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import org.laborbridge.platform.testing.CapturedLogs;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Identity and phone numbers never reach a log line, whatever happens to the request that carried them. */
class NoPersonalDataInLogsTest extends JobsHandlerTest {

  private static final List<String> PERSONAL = List.of("11010519491231002X", "110105194912310021", "13812345678", "12812345678");

  private CapturedLogs captured;

  @BeforeAll
  void captureLogs() {
    captured = CapturedLogs.start();
  }

  @AfterAll
  void releaseLogs() {
    captured.close();
  }

  @Test
  void registering_succeeding_conflicting_and_failing_logs_no_identity_or_phone_number() {
    ObjectNode worker = Bodies.worker();
    String id = function.send(ApiGatewayRequests.post("/v1/workers", worker.toString()).asWorker("li-wei").event()).json().path("id").asText();
    function.send(ApiGatewayRequests.post("/v1/workers", worker.toString()).asWorker("li-wei-again").event());
    function.send(ApiGatewayRequests.post("/v1/workers", Bodies.worker().put("identityNumber", "110105194912310021").toString()).asWorker("x").event());
    function.send(ApiGatewayRequests.post("/v1/workers", Bodies.worker().put("phone", "12812345678").toString()).asWorker("y").event());
    function.send(ApiGatewayRequests.post("/v1/workers", "{\"identityNumber\": \"11010519491231002X\", \"phone\": 13812345678,").asWorker("z").event());
    function.send(ApiGatewayRequests.get("/v1/workers/" + id).asStaff("51").event());
    function.send(ApiGatewayRequests.get("/v1/workers/11010519491231002X").asStaff("51").event());
    function.send(ApiGatewayRequests.get("/v1/workers/13812345678").asStaff("51").event());
    function.send(ApiGatewayRequests.patch("/v1/workers/" + id, "{\"expectedMonthlyWage\": \"lots\", \"phone\": \"13812345678\"}").asWorker("li-wei").event());

    assertTrue(captured.events().size() >= 7, "every request logs its outcome line");
    captured.assertNoneContains(PERSONAL);
  }
}
