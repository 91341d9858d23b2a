package org.laborbridge.jobs.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import org.laborbridge.jobs.domain.ReceivePartnerWebhook;
import org.laborbridge.shared.webhook.WebhookReply;
import org.laborbridge.platform.http.PartnerEventBodies;
import org.laborbridge.shared.webhook.WebhookHeaders;

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
  @SecurityRequirements
  @Operation(summary = "Deliver a partner event (job.posted, job.updated, job.closed, worker.registered)",
      description = "Signed per Standard Webhooks 1.0 with one of the partner's secrets; no JWT. Body: "
          + "{\"type\": ..., \"timestamp\": ..., \"data\": {...}}. A redelivery with the same webhook-id gets "
          + "the first answer. 401 for an unknown or disabled partner or a bad, missing or stale signature.")
  HttpResponse<String> deliverWebhook(String partnerId,
      @Nullable @Header(WebhookHeaders.ID) @Parameter(description = "Unique per event, the same on every retry") String webhookId,
      @Nullable @Header(WebhookHeaders.TIMESTAMP) @Parameter(description = "Unix seconds; at most 5 minutes from now") String timestamp,
      @Nullable @Header(WebhookHeaders.SIGNATURE) @Parameter(description = "v1,<base64 HMAC-SHA256>, space-separated when several") String signature,
      @Parameter(hidden = true) APIGatewayV2HTTPEvent event) {
    byte[] body = PartnerEventBodies.rawBody(event);
    ReceivePartnerWebhook.Delivery delivery = new ReceivePartnerWebhook.Delivery(webhookId, timestamp, signature, body);
    WebhookReply reply = receive.receive(partnerId, delivery, partner -> events.handle(partner, delivery.webhookId(), body));
    return HttpResponse.<String>status(io.micronaut.http.HttpStatus.valueOf(reply.status())).body(reply.body())
        .contentType(MediaType.APPLICATION_JSON_TYPE);
  }
}
