package org.laborbridge.transfers.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import org.laborbridge.platform.http.PartnerEventBodies;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.webhook.WebhookReply;
import org.laborbridge.transfers.domain.By;
import org.laborbridge.transfers.domain.ProgressTransfer;
import org.laborbridge.transfers.domain.TransferRequest;

import java.util.List;
import java.util.function.Supplier;

/**
 * The events a region's system may send about a transfer, {@code {"type": ..., "timestamp": ..., "data": {...}}}:
 * transfer.accepted {transferId, note?}, transfer.rejected {transferId, reason}, transfer.out_confirmed {transferId,
 * contributionMonths, unclaimedBenefitMonths, amounts}, transfer.funds_sent {transferId, amount, paymentReference},
 * transfer.completed {transferId, note?}.
 */
@Singleton
class TransferWebhookEvents {

  static final List<String> TYPES = List.of("transfer.accepted", "transfer.rejected", "transfer.out_confirmed",
      "transfer.funds_sent", "transfer.completed");
  private static final String DATA = "data.";

  private final ObjectMapper json;
  private final PartnerEventBodies bodies;
  private final ProgressTransfer progress;

  TransferWebhookEvents(ObjectMapper json, PartnerEventBodies bodies, ProgressTransfer progress) {
    this.json = json;
    this.bodies = bodies;
    this.progress = progress;
  }

  WebhookReply handle(By partner, String webhookId, byte[] body) {
    PartnerEventBodies.PartnerEvent event = bodies.event(body, TYPES, "an object with transferId");
    String type = event.type();
    JsonNode data = event.data();
    String id = transferId(data);
    ProgressTransfer.Moved moved = Forms.under(DATA, step(type, id, partner, data));
    TransferRequest t = moved.transfer();
    ObjectNode reply = json.createObjectNode().put("webhookId", webhookId).put("type", type).put("transferId", t.id())
        .put("state", t.state().name()).put("version", t.version()).put("outcome", moved.outcome().name());
    return new WebhookReply(200, reply.toString());
  }

  private Supplier<ProgressTransfer.Moved> step(String type, String id, By partner, JsonNode data) {
    return switch (type) {
      case "transfer.accepted" -> () -> progress.accept(id, partner, text(data, "note"));
      case "transfer.rejected" -> () -> progress.reject(id, partner, text(data, "reason"));
      case "transfer.out_confirmed" -> () -> progress.confirmTransferOut(id, partner,
          Forms.outForm("", bodies.read(data, Bodies.OutConfirmationBody.class, "")));
      case "transfer.funds_sent" -> () -> progress.recordFundsSent(id, partner,
          Forms.fundsSent("", bodies.read(data, Bodies.FundsSentBody.class, "")));
      default -> () -> progress.complete(id, partner, text(data, "note"));
    };
  }

  private static String transferId(JsonNode data) {
    String id = data.path("transferId").asText("");
    if (!org.laborbridge.transfers.domain.Ids.wellFormed(id)) {
      throw new InvalidValue("data.transferId", "is required: the transfer's id (its application number)");
    }
    return id;
  }

  private static String text(JsonNode data, String field) {
    JsonNode node = data.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw new InvalidValue(field, "must be text");
    }
    return node.textValue();
  }
}
