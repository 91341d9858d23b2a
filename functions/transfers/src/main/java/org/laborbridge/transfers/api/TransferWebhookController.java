package org.laborbridge.transfers.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import org.laborbridge.platform.http.PartnerEventBodies;
import org.laborbridge.shared.webhook.WebhookHeaders;
import org.laborbridge.shared.webhook.WebhookReceiver;
import org.laborbridge.shared.webhook.WebhookReply;
import org.laborbridge.transfers.domain.ReceiveTransferWebhook;

/**
 * Regions' systems (their human resources and social security departments, registered as partners) take their
 * steps of a transfer here, signed per Standard Webhooks with their partner secret (no JWT). The signature covers
 * the exact bytes received, so the body is taken from the raw event rather than re-encoded.
 */
@Controller("/v1/partners/{partnerId}/transfer-webhooks")
class TransferWebhookController {

  private final ReceiveTransferWebhook receive;
  private final TransferWebhookEvents events;

  TransferWebhookController(ReceiveTransferWebhook receive, TransferWebhookEvents events) {
    this.receive = receive;
    this.events = events;
  }

  @Post(consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
  @SecurityRequirements
  @Operation(summary = "Deliver a region's transfer event (transfer.accepted, transfer.rejected, transfer.out_confirmed, "
      + "transfer.funds_sent, transfer.completed)",
      description = "Signed per Standard Webhooks 1.0 with one of the partner's secrets; no JWT. Body: "
          + "{\"type\": ..., \"timestamp\": ..., \"data\": {\"transferId\": ..., ...}}. A redelivery with the same "
          + "webhook-id gets the first answer and changes nothing. 401 unknown or disabled partner or bad signature; "
          + "400 invalid event; 403 when the partner's region is not the side that takes this step; 404 unknown "
          + "transfer; 409 illegal transition. See docs/transfers.md.")
  HttpResponse<String> deliverTransferWebhook(String partnerId,
      @Nullable @Header(WebhookHeaders.ID) @Parameter(description = "Unique per event, the same on every retry") String webhookId,
      @Nullable @Header(WebhookHeaders.TIMESTAMP) @Parameter(description = "Unix seconds; at most 5 minutes from now") String timestamp,
      @Nullable @Header(WebhookHeaders.SIGNATURE) @Parameter(description = "v1,<base64 HMAC-SHA256>, space-separated when several") String signature,
      @Parameter(hidden = true) APIGatewayV2HTTPEvent event) {
    byte[] body = PartnerEventBodies.rawBody(event);
    WebhookReply reply = receive.receive(partnerId, new WebhookReceiver.Delivery(webhookId, timestamp, signature, body),
        partner -> events.handle(partner, webhookId, body));
    return HttpResponse.<String>status(HttpStatus.valueOf(reply.status())).body(reply.body())
        .contentType(MediaType.APPLICATION_JSON_TYPE);
  }
}
