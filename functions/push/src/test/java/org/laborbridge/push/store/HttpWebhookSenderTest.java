package org.laborbridge.push.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.push.Receiver;
import org.laborbridge.push.domain.Channel;
import org.laborbridge.push.domain.ChannelEndpoint;
import org.laborbridge.push.domain.EndpointStatus;
import org.laborbridge.push.domain.SendResult;
import org.laborbridge.push.domain.SigningEndpoint;
import org.laborbridge.push.domain.WebhookDelivery;
import org.laborbridge.shared.region.Region;
import org.laborbridge.shared.webhook.Verification;
import org.laborbridge.shared.webhook.WebhookSecret;
import org.laborbridge.shared.webhook.WebhookVerifier;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class HttpWebhookSenderTest {

  private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

  private final Receiver receiver = Receiver.start();
  private final HttpWebhookSender sender = new HttpWebhookSender(Receiver.client());
  private final WebhookSecret secret = WebhookSecret.generate();

  @AfterEach
  void stop() {
    receiver.close();
  }

  private SigningEndpoint endpoint(URI url) {
    return new SigningEndpoint(new ChannelEndpoint("sc-sms", Region.SICHUAN, Channel.SMS, url, EndpointStatus.ACTIVE, NOW, NOW),
        secret);
  }

  private static WebhookDelivery delivery() {
    return new WebhookDelivery("delivery-7", "laborbridge.push", NOW, "sc-sms", "job.pushed",
        "{\"workerId\":\"w-1\",\"salary\":6500.50}", 1);
  }

  @Test
  void the_receiver_verifies_the_signature_with_the_endpoint_secret_and_sees_the_delivery_id() {
    SendResult result = sender.send(endpoint(receiver.url("/hooks")), delivery(), NOW);

    assertEquals(new SendResult.Answered(200, Optional.empty()), result);
    Receiver.Received got = receiver.received().get(0);
    assertEquals(Verification.VERIFIED, WebhookVerifier.verify(got.headers(), got.body(), List.of(secret), NOW));
    assertEquals("delivery-7", got.header("webhook-id"));
    assertEquals(Long.toString(NOW.getEpochSecond()), got.header("webhook-timestamp"));
    assertEquals("{\"type\":\"job.pushed\",\"timestamp\":\"2026-11-27T02:00:00Z\",\"data\":{\"workerId\":\"w-1\",\"salary\":6500.50}}",
        got.bodyText());
    assertEquals(Verification.BAD_SIGNATURE,
        WebhookVerifier.verify(got.headers(), got.body(), List.of(WebhookSecret.generate()), NOW), "another secret fails");
  }

  @Test
  void every_attempt_sends_the_same_body_and_webhook_id() {
    sender.send(endpoint(receiver.url("/hooks")), delivery(), NOW);
    sender.send(endpoint(receiver.url("/hooks")), delivery().next(), NOW.plusSeconds(5));

    List<Receiver.Received> got = receiver.received();
    assertArrayEquals(got.get(0).body(), got.get(1).body());
    assertEquals(got.get(0).header("webhook-id"), got.get(1).header("webhook-id"));
  }

  @Test
  void the_status_and_retry_after_come_back() {
    receiver.answering(new Receiver.Answer(429, "120"));

    assertEquals(new SendResult.Answered(429, Optional.of(Duration.ofSeconds(120))),
        sender.send(endpoint(receiver.url("/hooks")), delivery(), NOW));
  }

  @Test
  void a_refused_connection_is_no_answer() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    assertEquals(new SendResult.NoAnswer(SendResult.NoAnswer.Reason.CONNECTION_FAILED),
        sender.send(endpoint(URI.create("https://127.0.0.1:" + closedPort + "/hooks")), delivery(), NOW));
  }

  @Test
  void retry_after_is_read_in_seconds_or_as_an_http_date() {
    assertEquals(Optional.of(Duration.ofSeconds(30)), HttpWebhookSender.retryAfter(headers("30"), NOW));
    assertEquals(Optional.of(Duration.ofMinutes(10)),
        HttpWebhookSender.retryAfter(headers("Fri, 27 Nov 2026 02:10:00 GMT"), NOW));
    assertEquals(Optional.of(Duration.ZERO), HttpWebhookSender.retryAfter(headers("Fri, 27 Nov 2026 01:00:00 GMT"), NOW));
    assertEquals(Optional.empty(), HttpWebhookSender.retryAfter(headers("soon"), NOW));
    assertEquals(Optional.empty(), HttpWebhookSender.retryAfter(HttpHeaders.of(Map.of(), (a, b) -> true), NOW));
  }

  private static HttpHeaders headers(String retryAfter) {
    return HttpHeaders.of(Map.of("retry-after", List.of(retryAfter)), (a, b) -> true);
  }
}
