package org.laborbridge.push.api;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.laborbridge.push.Receiver;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A push is counted once with its labor flow, and a delivery once when it ends, for the reports. */
class ActivityCountersTest extends PushHandlerTest {

  private final Receiver gateway = Receiver.start();

  @AfterAll
  void stopGateway() {
    gateway.close();
  }

  @Test
  void a_job_pushed_twice_counts_one_push_one_flow_and_one_delivered_webhook() {
    registerEndpoint("yn-sms", "53", "SMS", gateway.url("/sms"));
    gateway.answering(200);

    function.handle(pushRequested("job-count", "w-count", "53", "INBOX", "SMS"));
    function.handle(pushRequested("job-count", "w-count", "53", "INBOX", "SMS"));
    function.drainQueue();

    assertEquals("1", counters("REGION#53").get("pushesMade").n());
    assertEquals("1", counters("FLOW#53#33").get("matched").n());
    assertEquals("1", counters("REGION#53").get("deliveriesSucceeded").n());
    assertEquals(1, gateway.received().size());
  }

  private Map<String, AttributeValue> counters(String key) {
    return aws.dynamoDb().getItem(r -> r.tableName(stack.tableName("CountersTable"))
        .key(Map.of("pk", AttributeValue.fromS("COUNTS#M#2026-11"), "sk", AttributeValue.fromS(key)))).item();
  }
}
