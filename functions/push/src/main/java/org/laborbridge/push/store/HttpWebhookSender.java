package org.laborbridge.push.store;

import org.laborbridge.push.domain.SendResult;
import org.laborbridge.push.domain.SigningEndpoint;
import org.laborbridge.push.domain.WebhookDelivery;
import org.laborbridge.push.domain.WebhookSender;
import org.laborbridge.shared.webhook.WebhookHeaders;
import org.laborbridge.shared.webhook.WebhookSigner;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Sends a delivery to its endpoint the Standard Webhooks way: webhook-id (the delivery id, the same on every
 * attempt), webhook-timestamp (now) and webhook-signature (HMAC-SHA256 with the endpoint's own secret), a
 * 15-second limit for the answer, no redirects followed. The receiver's body is never read.
 */
public final class HttpWebhookSender implements WebhookSender {

  public static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(15);
  static final String USER_AGENT = "LaborBridge-Webhooks/1";

  private final HttpClient http;

  /** @param http configured once per container: connect timeout, no redirects (see the function's wiring) */
  public HttpWebhookSender(HttpClient http) {
    this.http = http;
  }

  @Override
  public SendResult send(SigningEndpoint endpoint, WebhookDelivery delivery, Instant now) {
    byte[] body = WebhookJson.body(delivery);
    long timestamp = now.getEpochSecond();
    HttpRequest request = HttpRequest.newBuilder(endpoint.endpoint().url())
        .timeout(ANSWER_TIMEOUT)
        .header("content-type", "application/json")
        .header("user-agent", USER_AGENT)
        .header(WebhookHeaders.ID, delivery.id())
        .header(WebhookHeaders.TIMESTAMP, Long.toString(timestamp))
        .header(WebhookHeaders.SIGNATURE, WebhookSigner.sign(delivery.id(), timestamp, body, endpoint.secret()))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    // The request timeout stops at the headers; a gateway trickling its body must not hold the batch past it.
    java.util.concurrent.CompletableFuture<HttpResponse<Void>> answer =
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
    try {
      HttpResponse<Void> response = answer.get(ANSWER_TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
      return new SendResult.Answered(response.statusCode(), retryAfter(response.headers(), now));
    } catch (java.util.concurrent.TimeoutException slow) {
      answer.cancel(true);
      return new SendResult.NoAnswer(SendResult.NoAnswer.Reason.TIMEOUT);
    } catch (java.util.concurrent.ExecutionException failed) {
      return new SendResult.NoAnswer(failed.getCause() instanceof HttpTimeoutException
          ? SendResult.NoAnswer.Reason.TIMEOUT : SendResult.NoAnswer.Reason.CONNECTION_FAILED);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      answer.cancel(true);
      return new SendResult.NoAnswer(SendResult.NoAnswer.Reason.CONNECTION_FAILED);
    }
  }

  /** Retry-After in seconds or as an HTTP date; anything else is ignored, as if absent. */
  static Optional<Duration> retryAfter(HttpHeaders headers, Instant now) {
    Optional<String> value = headers.firstValue("retry-after").map(String::trim).filter(v -> !v.isEmpty());
    if (value.isEmpty()) {
      return Optional.empty();
    }
    String text = value.get();
    if (text.matches("[0-9]{1,9}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
    }
    try {
      Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }
}
