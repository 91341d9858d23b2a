package org.laborbridge.jobs.domain;

import org.laborbridge.shared.time.ProgrammeClock;
import org.laborbridge.shared.webhook.WebhookReceiver;
import org.laborbridge.shared.webhook.WebhookReply;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A partner's signed webhook delivery (Standard Webhooks), received through the shared kernel's
 * {@link WebhookReceiver}: verified against the partner's current secrets, handled once per webhook id, and
 * answered the same way on every redelivery. A disabled partner is as unknown as one never registered.
 */
public final class ReceivePartnerWebhook {

  private final PartnerStore partners;
  private final WebhookReceiver receiver;

  public ReceivePartnerWebhook(PartnerStore partners, ProgrammeClock clock) {
    this.partners = partners;
    this.receiver = new WebhookReceiver(partners, clock.clock());
  }

  /** The three Standard Webhooks headers as received, and the raw body bytes they sign. */
  public record Delivery(String webhookId, String timestamp, String signature, byte[] body) {}

  /**
   * @param handle parses the verified body and carries out the event; called only for a delivery not seen before
   */
  public WebhookReply receive(String partnerId, Delivery delivery, Function<Partner, WebhookReply> handle) {
    Optional<Partner> partner = partners.find(partnerId).filter(Partner::enabled);
    return receiver.receive(partnerId, partner.map(Partner::secrets).orElse(List.of()),
        new WebhookReceiver.Delivery(delivery.webhookId(), delivery.timestamp(), delivery.signature(), delivery.body()),
        () -> handle.apply(partner.orElseThrow()));
  }
}
