package org.laborbridge.jobs.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import org.laborbridge.jobs.domain.ReceivePartnerWebhook;
import org.laborbridge.jobs.domain.WebhookReply;
import org.laborbridge.shared.webhook.WebhookHeaders;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/**
 * Partners' systems deliver events here, signed per Standard Webhooks (no JWT). The signature covers the exact
 * bytes received, so the body is taken from the raw event rather than re-encoded.
 */
@Controller("/v1/partners/{partnerId}/webhooks")
class PartnerWebhookController {

  private final ReceivePartnerWebhook receive;
  private final PartnerEvents events;

  PartnerWebhookController(ReceivePartnerWebhook receive, PartnerEvents events) {
    this.receive = receive;
    this.events = events;
  }

  @Post(consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
  HttpResponse<String> deliver(String partnerId, APIGatewayV2HTTPEvent event) {
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.putAll(event.getHeaders() == null ? Map.of() : event.getHeaders());
    byte[] body = rawBody(event);
    ReceivePartnerWebhook.Delivery delivery = new ReceivePartnerWebhook.Delivery(headers.get(WebhookHeaders.ID),
        headers.get(WebhookHeaders.TIMESTAMP), headers.get(WebhookHeaders.SIGNATURE), body);
    WebhookReply reply = receive.receive(partnerId, delivery, partner -> events.handle(partner, delivery.webhookId(), body));
    return HttpResponse.<String>status(io.micronaut.http.HttpStatus.valueOf(reply.status())).body(reply.body())
        .contentType(MediaType.APPLICATION_JSON_TYPE);
  }

  private static byte[] rawBody(APIGatewayV2HTTPEvent event) {
    if (event.getBody() == null) {
      return new byte[0];
    }
    return event.getIsBase64Encoded() ? Base64.getDecoder().decode(event.getBody())
        : event.getBody().getBytes(StandardCharsets.UTF_8);
  }
}
