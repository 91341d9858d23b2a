package org.laborbridge.transfers.domain;

import org.laborbridge.shared.problem.Forbidden;
import org.laborbridge.shared.time.ProgrammeClock;
import org.laborbridge.shared.webhook.WebhookReceipts;
import org.laborbridge.shared.webhook.WebhookReceiver;
import org.laborbridge.shared.webhook.WebhookReply;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A region's signed event about a transfer (Standard Webhooks), received through the shared kernel's
 * {@link WebhookReceiver}: verified against the partner's secrets (kept by the jobs function), handled once per
 * webhook id, and answered the same way on every redelivery. Only a region's human resources and social security
 * department moves transfers.
 */
public final class ReceiveTransferWebhook {

  private final PartnerDirectory partners;
  private final WebhookReceiver receiver;

  public ReceiveTransferWebhook(PartnerDirectory partners, WebhookReceipts receipts, ProgrammeClock clock) {
    this.partners = partners;
    this.receiver = new WebhookReceiver(receipts, clock.clock());
  }

  /** @param handle parses the verified body and takes the step, for the partner's region */
  public WebhookReply receive(String partnerId, WebhookReceiver.Delivery delivery, Function<By, WebhookReply> handle) {
    Optional<PartnerDirectory.RegionPartner> partner = partners.find(partnerId).filter(PartnerDirectory.RegionPartner::enabled);
    return receiver.receive(partnerId, partner.map(PartnerDirectory.RegionPartner::secrets).orElse(List.of()), delivery, () -> {
      PartnerDirectory.RegionPartner region = partner.orElseThrow();
      if (!region.hrDepartment()) {
        throw new Forbidden("only a region's human resources and social security department may move transfers");
      }
      return handle.apply(By.partner(region.id(), region.region()));
    });
  }
}
