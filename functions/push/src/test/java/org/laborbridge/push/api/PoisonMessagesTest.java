package org.laborbridge.push.api;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import org.laborbridge.shared.message.Envelope;
import org.laborbridge.shared.message.EnvelopeCodec;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Messages that can never be handled are reported failed, one by one, so SQS moves them to the dead-letter queue. */
class PoisonMessagesTest extends PushHandlerTest {

  @Test
  void unreadable_incomplete_and_unknown_messages_fail_alone_and_the_good_one_in_the_batch_is_handled() {
    Envelope good = pushRequested("job-good", "w-good", "51", "INBOX");
    ObjectNode noWorker = Messages.pushData("job-bad", "w-bad", "51", "INBOX");
    noWorker.remove("workerId");
    ((ObjectNode) noWorker.path("job")).remove("title");
    ObjectNode badRegion = Messages.pushData("job-bad", "w-bad", "99", "INBOX");
    ObjectNode longReason = Messages.pushData("job-bad", "w-bad", "51", "INBOX");
    longReason.putArray("reasons").add("x".repeat(20_000));
    ObjectNode noEndpoint = PushFunction.JSON.createObjectNode().put("eventType", "job.pushed");
    noEndpoint.putObject("payload");

    List<SQSEvent.SQSMessage> batch = List.of(
        PushFunction.message("not-json", "{\"id\": \"x\", "),
        PushFunction.message("no-id", "{\"type\": \"push.requested\", \"occurredAt\": \"2026-11-27T10:00:00+08:00\", \"source\": \"m\", \"data\": {}}"),
        PushFunction.message("missing-data", json(new Envelope("e-1", "push.requested", START, "laborbridge.matching", noWorker))),
        PushFunction.message("bad-region", json(new Envelope("e-2", "push.requested", START, "laborbridge.matching", badRegion))),
        PushFunction.message("long-reason", json(new Envelope("e-5", "push.requested", START, "laborbridge.matching", longReason))),
        PushFunction.message("unknown-type", json(new Envelope("e-3", "job.posted", START, "laborbridge.jobs", noWorker))),
        PushFunction.message("no-endpoint", json(new Envelope("e-4", "webhook.deliver", START, "laborbridge.campaigns", noEndpoint))),
        PushFunction.message("not-from-matching", json(new Envelope("e-6", "push.requested", START, "laborbridge.jobs",
            Messages.pushData("job-forged", "w-forged", "51", "INBOX")))),
        PushFunction.message("good", json(good)));

    Set<String> failed = function.handle(batch);

    assertEquals(Set.of("not-json", "no-id", "missing-data", "bad-region", "long-reason", "unknown-type", "no-endpoint",
        "not-from-matching"), failed);
    assertEquals(1, function.send(ApiGatewayRequests.get("/v1/workers/w-good/matches").asWorker("account-w-good").event()).json()
        .path("items").size());
  }

  private static String json(Envelope envelope) {
    return EnvelopeCodec.toJson(envelope);
  }
}
