package org.laborbridge.transfers.api;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import org.laborbridge.platform.testing.ApiGatewayResponse;
import org.laborbridge.platform.testing.CapturedLogs;
import org.laborbridge.transfers.Seeds;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Identity and phone numbers never reach a log line, whether the worker record holds them (it does), a caller types
 * them into free text, or a refused request carries them; nor does a transfer or a notice ever hold the worker's.
 */
class NoPersonalDataInLogsTest extends TransfersHandlerTest {

  private static final String OTHER_ID_NUMBER = "440524188001010014";
  private static final List<String> PERSONAL = List.of(Seeds.IDENTITY_NUMBER, Seeds.PHONE, OTHER_ID_NUMBER, Seeds.NAME);

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
  void a_whole_transfer_with_personal_data_typed_everywhere_logs_none_of_it() {
    String workerId = worker("account-qian");
    send(ApiGatewayRequests.post("/v1/insurance-transfers", application(Seeds.IDENTITY_NUMBER)).asWorker("account-qian"));
    send(ApiGatewayRequests.post("/v1/insurance-transfers", application(workerId)
        .replace("Hangzhou Social Insurance Agency", "call " + Seeds.PHONE)).asWorker("account-qian"));
    String id = read(applyStatus(workerId)).path("id").asText();
    send(step(id, "decision", "{\"decision\": \"maybe " + OTHER_ID_NUMBER + "\"}").asStaff("33"));
    send(ApiGatewayRequests.post("/v1/insurance-transfers/" + id + "/documents",
        "{\"name\": \"id-card-" + Seeds.IDENTITY_NUMBER + ".jpg\", \"contentType\": \"image/jpeg\", \"size\": 2000}")
        .asWorker("account-qian"));
    send(ApiGatewayRequests.get("/v1/insurance-transfers/" + id + "/documents").asStaff("51"));
    send(ApiGatewayRequests.get("/v1/insurance-transfers/" + Seeds.IDENTITY_NUMBER).asStaff("33"));
    webhook(ZJ_PARTNER, ZJ_SECRET, "zj-pd-1", "transfer.accepted", data(id).put("note", "phone " + Seeds.PHONE));
    webhook(SC_PARTNER, SC_SECRET, "zj-pd-2", "transfer.out_confirmed", data(id).put("contributionMonths", Seeds.IDENTITY_NUMBER));
    webhook(SC_PARTNER, SC_SECRET, "zj-pd-3", "transfer.funds_sent", data(id).put("paymentReference", Seeds.PHONE));
    function.clock.advance(Duration.ofDays(30));
    function.checkDeadlines();

    String notices = function.takePushQueue().toString();
    assertTrue(notices.contains("transfer.forwarded"), "the contact letter went out");
    PERSONAL.forEach(value -> assertFalse(notices.contains(value), () -> "personal data in a notice: " + value));
    assertTrue(captured.events().size() >= 12, "every request logs its outcome");
    captured.assertNoneContains(PERSONAL);
  }

  private String applyStatus(String workerId) {
    ApiGatewayResponse response = send(ApiGatewayRequests.post("/v1/insurance-transfers", application(workerId))
        .asWorker("account-qian"));
    return response.status() == 201 ? response.json().path("id").asText()
        : response.json().path("existingId").asText();
  }
}
