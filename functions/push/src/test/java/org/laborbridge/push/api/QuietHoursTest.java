package org.laborbridge.push.api;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import org.laborbridge.push.Receiver;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Nothing reaches a worker between 22:00 and 08:00 Shanghai time: pushes wait for the morning, then go out. */
class QuietHoursTest extends PushHandlerTest {

  private static final Instant LATE_EVENING = Instant.parse("2026-11-27T15:00:00Z");
  private static final Instant EIGHT_NEXT_MORNING = Instant.parse("2026-11-28T00:00:00Z");

  private final Receiver gateway = Receiver.start();

  @AfterAll
  void stopGateway() {
    gateway.close();
  }

  @Test
  void a_push_at_eleven_at_night_waits_for_eight_and_then_reaches_the_inbox_and_the_gateway() {
    registerEndpoint("sc-sms", "51", "SMS", gateway.url("/sms"));
    function.clock.set(LATE_EVENING);

    assertEquals(0, function.handle(pushRequested("job-night", "w-night", "51", "INBOX", "SMS")).size());

    assertTrue(function.peekQueue().isEmpty(), "no webhook is queued in the quiet hours");
    assertEquals(0, inboxSize());
    function.clock.set(EIGHT_NEXT_MORNING.minusSeconds(60));
    function.releaseDeferred();
    assertEquals(0, function.drainQueue());

    function.clock.set(EIGHT_NEXT_MORNING);
    function.releaseDeferred();
    assertEquals(2, function.drainQueue(), "the push, then its webhook");

    assertEquals(1, inboxSize());
    assertEquals(1, gateway.received().size());
  }

  private int inboxSize() {
    return function.send(ApiGatewayRequests.get("/v1/workers/w-night/matches").asWorker("account-w-night").event()).json()
        .path("items").size();
  }
}
