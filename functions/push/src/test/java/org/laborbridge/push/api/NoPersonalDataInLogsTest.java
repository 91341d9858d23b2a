package org.laborbridge.push.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import org.laborbridge.platform.testing.CapturedLogs;
import org.laborbridge.push.Receiver;
import org.laborbridge.shared.message.Envelope;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Identity and phone numbers never reach a log line, whatever a message carries by mistake or however it fails. */
class NoPersonalDataInLogsTest extends PushHandlerTest {

  private static final List<String> PERSONAL = List.of("11010519491231002X", "13812345678", "440524188001010014");

  private CapturedLogs captured;
  private final Receiver gateway = Receiver.start();

  @BeforeAll
  void captureLogs() {
    captured = CapturedLogs.start();
  }

  @AfterAll
  void releaseLogs() {
    captured.close();
    gateway.close();
  }

  @Test
  void pushing_retrying_deferring_and_refusing_jobs_campaign_messages_and_notices_that_carry_personal_data_logs_none_of_it() {
    registerEndpoint("sc-sms", "51", "SMS", gateway.url("/sms"));
    gateway.answering(500, 410);
    ObjectNode data = Messages.pushData("job-p", "w-p", "51", "INBOX", "SMS");
    ((ObjectNode) data.path("worker")).put("identityNumber", "11010519491231002X").put("phone", "13812345678");
    function.handle(new Envelope("push-p", "push.requested", START, "laborbridge.matching", data));
    function.drainQueue();

    ObjectNode broken = data.deepCopy();
    broken.put("workerId", "11010519491231002X 13812345678");
    ((ObjectNode) broken.path("worker")).put("homeRegion", "440524188001010014");
    function.handle(new Envelope("push-q", "push.requested", START, "laborbridge.matching", broken));
    function.handle(java.util.List.of(PushFunction.message("raw", "{\"phone\": \"13812345678\", \"identityNumber\": \"11010519491231002X\"")));
    function.send(ApiGatewayRequests.post("/v1/channel-endpoints", "{\"id\": \"13812345678\", \"regionCode\": \"11010519491231002X\"}")
        .asStaff("51").event());
    ObjectNode notice = PushFunction.JSON.createObjectNode().put("region", "13812345678").put("eventType", "11010519491231002X");
    notice.putArray("channels").add("440524188001010014");
    notice.putObject("payload").put("phone", "13812345678");
    function.handle(new Envelope("notice-p", "notice.requested", START, "laborbridge.fairs", notice));
    Envelope campaign = campaignMessage("spring-breeze-2027", "2026-11-27", "w-p", "51", "INBOX", "SMS");
    ((ObjectNode) campaign.data().path("worker")).put("identityNumber", "11010519491231002X").put("phone", "13812345678");
    function.handle(campaign);
    ObjectNode brokenCampaign = campaign.data().deepCopy();
    brokenCampaign.put("workerId", "13812345678 11010519491231002X").put("day", "440524188001010014");
    function.handle(new Envelope("campaign-q", "campaign.message.requested", START, "laborbridge.campaigns", brokenCampaign));
    function.drainQueue();
    function.clock.advance(java.time.Duration.ofHours(13));
    function.handle(new Envelope("push-r", "push.requested", function.clock.instant(), "laborbridge.matching",
        Messages.pushData("job-r", "w-p", "51", "INBOX")));

    assertTrue(captured.events().size() >= 10, "every message and request logs its outcome");
    assertTrue(captured.events().stream().anyMatch(e -> e.getFormattedMessage().startsWith("campaign.message.requested outcome=PUSHED")));
    captured.assertNoneContains(PERSONAL);
  }
}
