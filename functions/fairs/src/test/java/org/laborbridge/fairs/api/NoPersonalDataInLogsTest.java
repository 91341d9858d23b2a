package org.laborbridge.fairs.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import org.laborbridge.platform.testing.CapturedLogs;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fair's whole life — registering, waiting, being promoted, checking in, refusals, cancelling — logs no identity
 * number, phone number or name, although the worker records next door hold them.
 */
class NoPersonalDataInLogsTest extends FairsHandlerTest {

  private static final String IDENTITY = "11010519491231002X";
  private static final String PHONE = "13812345678";
  private static final String NAME = "Zhang San";
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
  void registering_waiting_checking_in_refusing_and_cancelling_logs_nothing_personal() {
    String fairId = planFair(1, 0);
    for (String worker : List.of("w-log-1", "w-log-2")) {
      function.workerRegistered(worker, "510104", "acc-" + worker);
      aws.dynamoDb().updateItem(r -> r.tableName(stack.tableName("WorkersTable"))
          .key(Map.of("pk", AttributeValue.fromS("WORKER#" + worker), "sk", AttributeValue.fromS("WORKER")))
          .updateExpression("SET identityNumber = :id, phone = :phone")
          .expressionAttributeValues(Map.of(":id", AttributeValue.fromS(IDENTITY), ":phone", AttributeValue.fromS(PHONE))));
    }
    JsonNode first = registerWorker(fairId, "w-log-1", "acc-w-log-1").json();
    registerWorker(fairId, "w-log-2", "acc-w-log-2");
    registerWorker(fairId, IDENTITY, "acc-w-log-1");
    function.send(ApiGatewayRequests.post("/v1/fairs/" + fairId + "/registrations", "{\"workerId\":\"" + PHONE + "\"}")
        .asStaff("51"));
    function.send(ApiGatewayRequests.post("/v1/fairs/" + fairId + "/check-ins", "{\"code\":\"" + IDENTITY + "\"}")
        .asStaff("51"));
    function.send(ApiGatewayRequests.post("/v1/fairs/" + fairId + "/registrations/" + first.path("id").asText()
        + "/cancel", null).asWorker("acc-w-log-1"));
    function.send(ApiGatewayRequests.post("/v1/fairs/" + fairId + "/cancel", "{\"reason\":\"" + NAME + "\"}").asStaff("51"));

    assertTrue(captured.events().size() >= 6, "every request logs its outcome");
    captured.assertNoneContains(List.of(IDENTITY, PHONE, NAME));
  }
}
