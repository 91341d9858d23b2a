package org.laborbridge.push.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Delivery records in memory, claimed under the same conditions as the DynamoDB store's. */
class InMemoryDeliveryStore implements DeliveryStore {

  final Map<String, DeliveryRecord> records = new TreeMap<>();

  @Override
  public synchronized Optional<DeliveryRecord> find(String id) {
    return Optional.ofNullable(records.get(id));
  }

  @Override
  public synchronized boolean claim(WebhookDelivery delivery, Instant now, Instant claimedUntil) {
    DeliveryRecord record = records.get(delivery.id());
    boolean free = record == null
        || record.attempts() == delivery.attempt() - 1 && record.state() == DeliveryState.RETRYING
        || record.attempts() == delivery.attempt() && record.state() == DeliveryState.SENDING
            && record.claimedUntil().map(now::isAfter).orElse(true);
    if (!free) {
      return false;
    }
    records.put(delivery.id(), new DeliveryRecord(delivery.id(), delivery.endpointId(), delivery.eventType(), delivery.attempt(),
        record == null ? Optional.empty() : record.lastStatus(), record == null ? Optional.empty() : record.lastAttemptAt(),
        DeliveryState.SENDING, Optional.of(claimedUntil), record == null ? 0 : record.retryQueued(), Optional.empty()));
    return true;
  }

  @Override
  public synchronized void recordAttempt(WebhookDelivery delivery, String lastStatus, Instant at, DeliveryState state,
      Optional<Instant> nextAttemptAt) {
    DeliveryRecord record = records.get(delivery.id());
    if (record != null && record.attempts() == delivery.attempt()) {
      records.put(delivery.id(), new DeliveryRecord(record.id(), record.endpointId(), record.eventType(), record.attempts(),
          Optional.of(lastStatus), Optional.of(at), state, Optional.empty(), record.retryQueued(), nextAttemptAt));
    }
  }

  @Override
  public synchronized void retryQueued(String deliveryId, int attempt) {
    DeliveryRecord r = records.get(deliveryId);
    records.put(deliveryId, new DeliveryRecord(r.id(), r.endpointId(), r.eventType(), r.attempts(), r.lastStatus(),
        r.lastAttemptAt(), r.state(), r.claimedUntil(), attempt, r.nextAttemptAt()));
  }
}
