package org.laborbridge.campaigns.api;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Messages the campaigns queue handler cannot read fail alone (SQS moves them to the dead-letter queue after a few
 * receives); a good page message in the same batch is handled, and a page of a run that never started sends nothing.
 */
class PoisonMessagesTest extends CampaignsHandlerTest {

  static String page(String data) {
    return "{\"id\":\"p-1\",\"type\":\"campaign.audience.page\",\"occurredAt\":\"2027-01-24T16:00:00Z\","
        + "\"source\":\"laborbridge.campaigns\",\"data\":" + data + "}";
  }

  @Test
  void unreadable_messages_fail_alone_and_a_page_of_no_run_sends_nothing() {
    Set<String> failed = lambdas.handle(List.of(
        CampaignsLambdas.message("not-json", "{\"id\":"),
        CampaignsLambdas.message("no-envelope", "{\"hello\":\"world\"}"),
        CampaignsLambdas.message("other-type", page("{}").replace("campaign.audience.page", "job.posted")),
        CampaignsLambdas.message("no-region", page("{\"campaignId\":\"spring-breeze-2027\",\"day\":\"2027-01-25\"}")),
        CampaignsLambdas.message("bad-day", page("{\"campaignId\":\"spring-breeze-2027\",\"day\":\"25/01\",\"region\":\"51\"}")),
        CampaignsLambdas.message("bad-cursor", page("{\"campaignId\":\"spring-breeze-2027\",\"day\":\"2027-01-25\","
            + "\"region\":\"51\",\"cursor\":42}")),
        CampaignsLambdas.message("no-run", page("{\"campaignId\":\"spring-breeze-2027\",\"day\":\"2027-01-25\","
            + "\"region\":\"51\"}"))));

    assertEquals(Set.of("not-json", "no-envelope", "other-type", "no-region", "bad-day", "bad-cursor"), failed);
    assertEquals(List.of(), lambdas.take("PushQueue"));
    assertEquals(List.of(), lambdas.take("CampaignsQueue"));
  }

  @Test
  void a_page_message_at_a_cursor_the_run_does_not_wait_for_sends_nothing_and_the_fan_out_goes_on() {
    lambdas.worker("w-p", "512000", List.of("33"), false, List.of(), List.of("INBOX"), null);
    lambdas.clock.set(nineOClock(java.time.LocalDate.of(2027, 1, 25)));
    lambdas.openDay();
    lambdas.take("PushQueue");
    // The run in Sichuan waits for its first page; a message claiming a later page with a cursor not ours:
    String forged = page("{\"campaignId\":\"spring-breeze-2027\",\"day\":\"2027-01-25\",\"region\":\"51\","
        + "\"cursor\":\"eyJ4IjoxfQ\"}");

    Set<String> failed = lambdas.handle(List.of(CampaignsLambdas.message("forged", forged)));

    assertEquals(Set.of(), failed, "a page the run does not wait for is a repeat: nothing to read, nothing to fail");
    assertEquals(List.of("w-p"), workerIds(lambdas.runFanOut().stream().flatMap(List::stream).toList()));
  }
}
