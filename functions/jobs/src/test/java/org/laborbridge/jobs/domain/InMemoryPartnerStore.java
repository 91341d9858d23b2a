package org.laborbridge.jobs.domain;

import org.laborbridge.shared.webhook.WebhookReply;

import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Partners kept in memory in id order, with the webhook receipts they were given and when those expire. */
class InMemoryPartnerStore implements PartnerStore {

  private record Receipt(WebhookReply reply, Instant expiresAt) {}

  private final Map<String, Partner> partners = new TreeMap<>();
  private final Map<String, Receipt> receipts = new TreeMap<>();
  private final Map<String, Instant> claims = new TreeMap<>();

  @Override
  public synchronized boolean insert(Partner partner) {
    return partners.putIfAbsent(partner.id(), partner) == null;
  }

  @Override
  public synchronized Optional<Partner> find(String id) {
    return Optional.ofNullable(partners.get(id));
  }

  @Override
  public synchronized void replace(Partner partner) {
    if (!partners.containsKey(partner.id())) {
      throw new IllegalStateException("no partner " + partner.id() + " to replace");
    }
    partners.put(partner.id(), partner);
  }

  @Override
  public synchronized Page<Partner> list(PageRequest page) {
    return InMemoryJobStore.page(new ArrayList<>(partners.values()), page);
  }

  @Override
  public synchronized Optional<WebhookReply> receipt(String partnerId, String webhookId, Instant now) {
    return Optional.ofNullable(receipts.get(key(partnerId, webhookId)))
        .filter(receipt -> now.isBefore(receipt.expiresAt()))
        .map(Receipt::reply);
  }

  @Override
  public synchronized boolean claimDelivery(String partnerId, String webhookId, Instant now, Instant claimedUntil) {
    String key = key(partnerId, webhookId);
    Receipt receipt = receipts.get(key);
    Instant claim = claims.get(key);
    boolean answered = receipt != null && now.isBefore(receipt.expiresAt());
    if (answered || (claim != null && now.isBefore(claim))) {
      return false;
    }
    claims.put(key, claimedUntil);
    return true;
  }

  @Override
  public synchronized void releaseDelivery(String partnerId, String webhookId) {
    claims.remove(key(partnerId, webhookId));
  }

  @Override
  public synchronized void rememberReceipt(String partnerId, String webhookId, WebhookReply reply, Instant expiresAt) {
    receipts.put(key(partnerId, webhookId), new Receipt(reply, expiresAt));
    claims.remove(key(partnerId, webhookId));
  }

  synchronized int receiptCount() {
    return receipts.size();
  }

  private static String key(String partnerId, String webhookId) {
    return partnerId + "\u001f" + webhookId;
  }
}
