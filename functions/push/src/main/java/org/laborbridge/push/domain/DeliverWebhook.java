package org.laborbridge.push.domain;

import org.laborbridge.shared.time.ProgrammeClock;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Sends one attempt of a signed outbound webhook and decides what follows: done on 2xx; the endpoint retired
 * on 410; another attempt on 429, 5xx, a timeout or no connection (the Standard Webhooks schedule, or the
 * receiver's Retry-After when longer); given up on any other answer or after the last attempt.
 *
 * <p>A redelivered message never sends twice what already succeeded: each attempt is claimed on the delivery
 * record first, and a message for an attempt already made only finishes that attempt's follow-up.
 */
public final class DeliverWebhook {

  /** Longer than one send can take (15 s), shorter than the queue's visibility timeout (120 s). */
  static final Duration LEASE = Duration.ofSeconds(60);
  /** A receiver cannot push a retry further off than the longest wait of the schedule. */
  static final Duration MAX_RETRY_AFTER = Duration.ofHours(24);

  public enum Outcome { DELIVERED, RETRY_QUEUED, GONE, FAILED, ALREADY_DONE }

  /** Another attempt holds the delivery right now; the message comes back after the queue's visibility timeout. */
  public static final class AttemptInProgress extends IllegalStateException {
    AttemptInProgress(WebhookDelivery delivery) {
      super("delivery " + delivery.id() + " attempt " + delivery.attempt() + " is being sent by another invocation");
    }
  }

  private final DeliveryStore deliveries;
  private final EndpointStore endpoints;
  private final WebhookSender sender;
  private final PushQueue queue;
  private final RetrySchedule schedule;
  private final RandomGenerator random;
  private final PushActivity activity;
  private final ProgrammeClock clock;

  public DeliverWebhook(DeliveryStore deliveries, EndpointStore endpoints, WebhookSender sender, PushQueue queue,
      RetrySchedule schedule, RandomGenerator random, ProgrammeClock clock) {
    this(deliveries, endpoints, sender, queue, schedule, random, PushActivity.NONE, clock);
  }

  public DeliverWebhook(DeliveryStore deliveries, EndpointStore endpoints, WebhookSender sender, PushQueue queue,
      RetrySchedule schedule, RandomGenerator random, PushActivity activity, ProgrammeClock clock) {
    this.deliveries = deliveries;
    this.endpoints = endpoints;
    this.sender = sender;
    this.queue = queue;
    this.schedule = schedule;
    this.random = random;
    this.activity = activity;
    this.clock = clock;
  }

  public Outcome deliver(WebhookDelivery delivery) {
    Instant now = clock.now();
    Optional<DeliveryRecord> known = deliveries.find(delivery.id());
    if (known.isPresent()) {
      DeliveryRecord record = known.get();
      if (record.state().isFinal() || record.attempts() > delivery.attempt()) {
        return Outcome.ALREADY_DONE;
      }
      if (record.attempts() == delivery.attempt()) {
        if (record.state() == DeliveryState.RETRYING) {
          return queueNextIfMissing(delivery, record, now);
        }
        if (record.claimedUntil().map(now::isBefore).orElse(false)) {
          throw new AttemptInProgress(delivery);
        }
        // A claim on this attempt lapsed: its sender died before recording anything. Send again (at least once).
      }
    }
    if (!deliveries.claim(delivery, now, now.plus(LEASE))) {
      return Outcome.ALREADY_DONE;
    }
    Optional<SigningEndpoint> endpoint = endpoints.forDelivery(delivery.endpointId());
    if (endpoint.isEmpty()) {
      deliveries.recordAttempt(delivery, "NO_ENDPOINT", now, DeliveryState.FAILED, Optional.empty());
      return Outcome.FAILED;
    }
    if (!endpoint.get().endpoint().active()) {
      deliveries.recordAttempt(delivery, "ENDPOINT_GONE", now, DeliveryState.GONE, Optional.empty());
      return Outcome.GONE;
    }
    SendResult result = sender.send(endpoint.get(), delivery, now);
    Outcome outcome = settle(delivery, result, now);
    if (outcome == Outcome.DELIVERED || outcome == Outcome.FAILED || outcome == Outcome.GONE) {
      // The attempt this call claimed ended the delivery: counted once, by the one claim that sent it.
      activity.deliveryEnded(endpoint.get().endpoint().region(), outcome == Outcome.DELIVERED, now);
    }
    return outcome;
  }

  private Outcome settle(WebhookDelivery delivery, SendResult result, Instant now) {
    if (result instanceof SendResult.Answered answered) {
      int status = answered.status();
      if (status >= 200 && status < 300) {
        deliveries.recordAttempt(delivery, result.label(), now, DeliveryState.DELIVERED, Optional.empty());
        return Outcome.DELIVERED;
      }
      if (status == 410) {
        endpoints.markGone(delivery.endpointId(), now);
        deliveries.recordAttempt(delivery, result.label(), now, DeliveryState.GONE, Optional.empty());
        return Outcome.GONE;
      }
      if (status != 429 && status < 500) {
        deliveries.recordAttempt(delivery, result.label(), now, DeliveryState.FAILED, Optional.empty());
        return Outcome.FAILED;
      }
      return retry(delivery, result, answered.retryAfter(), now);
    }
    return retry(delivery, result, Optional.empty(), now);
  }

  private Outcome retry(WebhookDelivery delivery, SendResult result, Optional<Duration> retryAfter, Instant now) {
    Optional<Duration> scheduled = schedule.waitAfter(delivery.attempt(), random.nextDouble());
    if (scheduled.isEmpty()) {
      deliveries.recordAttempt(delivery, result.label(), now, DeliveryState.FAILED, Optional.empty());
      return Outcome.FAILED;
    }
    Duration wait = scheduled.get();
    Duration asked = retryAfter.map(d -> d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d).orElse(Duration.ZERO);
    if (asked.compareTo(wait) > 0) {
      wait = asked;
    }
    Instant due = now.plus(wait);
    deliveries.recordAttempt(delivery, result.label(), now, DeliveryState.RETRYING, Optional.of(due));
    queue.sendLater(delivery.next(), wait, due);
    deliveries.retryQueued(delivery.id(), delivery.attempt() + 1);
    return Outcome.RETRY_QUEUED;
  }

  /** The attempt was made and a retry decided; queue it unless that was done before this message came back. */
  private Outcome queueNextIfMissing(WebhookDelivery delivery, DeliveryRecord record, Instant now) {
    if (record.retryQueued() > delivery.attempt()) {
      return Outcome.ALREADY_DONE;
    }
    Instant due = record.nextAttemptAt().orElse(now);
    Duration wait = due.isAfter(now) ? Duration.between(now, due) : Duration.ZERO;
    queue.sendLater(delivery.next(), wait, due);
    deliveries.retryQueued(delivery.id(), delivery.attempt() + 1);
    return Outcome.RETRY_QUEUED;
  }
}
