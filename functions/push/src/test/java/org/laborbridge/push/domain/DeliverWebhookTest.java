package org.laborbridge.push.domain;

import org.junit.jupiter.api.Test;
import org.laborbridge.shared.region.Region;
import org.laborbridge.shared.time.ProgrammeClock;
import org.laborbridge.shared.time.SettableClock;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeliverWebhookTest {

  /** No jitter: waits are exactly the schedule's. */
  private static final RandomGenerator NO_JITTER = () -> 0L;

  private final SettableClock clock = new SettableClock(Samples.MORNING);
  private final InMemoryDeliveryStore deliveries = new InMemoryDeliveryStore();
  private final InMemoryEndpointStore endpoints = new InMemoryEndpointStore();
  private final InMemoryDeferredStore deferred = new InMemoryDeferredStore();
  private final RecordingPushQueue queue = new RecordingPushQueue(deferred);
  private final ScriptedSender receiver = new ScriptedSender();
  private final DeliverWebhook deliverWebhook = new DeliverWebhook(deliveries, endpoints, receiver, queue,
      RetrySchedule.standard(RetrySchedule.FIRST_WAIT), NO_JITTER, new ProgrammeClock(clock));

  DeliverWebhookTest() {
    endpoints.insert(Samples.endpoint("sc-sms", Region.SICHUAN, Channel.SMS));
  }

  private static SendResult answer(int status) {
    return new SendResult.Answered(status, Optional.empty());
  }

  private DeliveryRecord record() {
    return deliveries.find("delivery-1").orElseThrow();
  }

  @Test
  void a_2xx_answer_delivers_and_a_redelivered_message_sends_nothing_more() {
    WebhookDelivery delivery = Samples.delivery("sc-sms");

    assertEquals(DeliverWebhook.Outcome.DELIVERED, deliverWebhook.deliver(delivery));
    assertEquals(DeliverWebhook.Outcome.ALREADY_DONE, deliverWebhook.deliver(delivery));

    assertEquals(1, receiver.received.size());
    assertEquals(DeliveryState.DELIVERED, record().state());
    assertEquals(Optional.of("200"), record().lastStatus());
    assertEquals(1, record().attempts());
  }

  @Test
  void a_500_queues_the_next_attempt_five_seconds_later_and_a_200_then_delivers_it_once() {
    receiver.answering(answer(500));
    WebhookDelivery delivery = Samples.delivery("sc-sms");

    assertEquals(DeliverWebhook.Outcome.RETRY_QUEUED, deliverWebhook.deliver(delivery));
    assertEquals(Duration.ofSeconds(5), queue.sent.get(0).delay());
    WebhookDelivery second = queue.last();
    assertEquals(2, second.attempt());
    assertEquals(delivery.id(), second.id());

    assertEquals(DeliverWebhook.Outcome.ALREADY_DONE, deliverWebhook.deliver(delivery), "the first message again");
    assertEquals(DeliverWebhook.Outcome.DELIVERED, deliverWebhook.deliver(second));
    assertEquals(DeliverWebhook.Outcome.ALREADY_DONE, deliverWebhook.deliver(second), "the second message again");

    assertEquals(2, receiver.received.size());
    assertEquals(1, queue.sent.size(), "no retry queued twice");
    assertEquals(DeliveryState.DELIVERED, record().state());
    assertEquals(2, record().attempts());
  }

  @Test
  void a_retry_after_longer_than_the_schedule_is_honoured() {
    receiver.answering(new SendResult.Answered(429, Optional.of(Duration.ofSeconds(120))));

    deliverWebhook.deliver(Samples.delivery("sc-sms"));

    assertEquals(Duration.ofSeconds(120), queue.sent.get(0).delay());
    assertEquals(Optional.of("429"), record().lastStatus());
  }

  @Test
  void a_retry_after_shorter_than_the_schedule_does_not_hurry_it() {
    receiver.answering(new SendResult.Answered(503, Optional.of(Duration.ofSeconds(1))));

    deliverWebhook.deliver(Samples.delivery("sc-sms"));

    assertEquals(Duration.ofSeconds(5), queue.sent.get(0).delay());
  }

  @Test
  void a_wait_longer_than_a_queue_delay_is_parked_until_it_falls_due() {
    receiver.answering(answer(502), answer(502));
    WebhookDelivery delivery = Samples.delivery("sc-sms");
    deliverWebhook.deliver(delivery);
    clock.advance(Duration.ofSeconds(5));

    deliverWebhook.deliver(queue.last());
    clock.advance(Duration.ofMinutes(5));
    receiver.answering(answer(504));
    deliverWebhook.deliver(queue.last());

    assertEquals(1, deferred.parked.size(), "the wait after the third attempt (30 min) is too long for the queue");
    assertEquals(clock.instant().plus(Duration.ofMinutes(30)), deferred.parked.get(0).dueAt());
    assertEquals(3, record().attempts());
    assertEquals(DeliveryState.RETRYING, record().state());
  }

  @Test
  void timeouts_and_refused_connections_are_retried() {
    receiver.answering(new SendResult.NoAnswer(SendResult.NoAnswer.Reason.TIMEOUT));

    assertEquals(DeliverWebhook.Outcome.RETRY_QUEUED, deliverWebhook.deliver(Samples.delivery("sc-sms")));
    assertEquals(Optional.of("TIMEOUT"), record().lastStatus());
  }

  @Test
  void a_410_retires_the_endpoint_and_nothing_more_is_sent_to_it() {
    receiver.answering(answer(410));

    assertEquals(DeliverWebhook.Outcome.GONE, deliverWebhook.deliver(Samples.delivery("sc-sms")));
    assertEquals(EndpointStatus.GONE, endpoints.find("sc-sms").orElseThrow().status());

    WebhookDelivery another = new WebhookDelivery("delivery-2", "laborbridge.push", Samples.MORNING, "sc-sms", "job.pushed",
        "{}", 1);
    assertEquals(DeliverWebhook.Outcome.GONE, deliverWebhook.deliver(another));
    assertEquals(1, receiver.received.size());
    assertEquals(Optional.of("ENDPOINT_GONE"), deliveries.find("delivery-2").orElseThrow().lastStatus());
  }

  @Test
  void other_4xx_answers_fail_at_once() {
    receiver.answering(answer(400));

    assertEquals(DeliverWebhook.Outcome.FAILED, deliverWebhook.deliver(Samples.delivery("sc-sms")));
    assertTrue(queue.sent.isEmpty());
  }

  @Test
  void a_delivery_to_an_unknown_endpoint_fails_without_sending() {
    assertEquals(DeliverWebhook.Outcome.FAILED, deliverWebhook.deliver(Samples.delivery("nowhere")));
    assertEquals(Optional.of("NO_ENDPOINT"), record().lastStatus());
  }

  @Test
  void after_the_tenth_failed_attempt_the_delivery_fails() {
    WebhookDelivery attempt = Samples.delivery("sc-sms");
    for (int i = 1; i <= 10; i++) {
      receiver.answering(answer(500));
      DeliverWebhook.Outcome outcome = deliverWebhook.deliver(attempt);
      assertEquals(i < 10 ? DeliverWebhook.Outcome.RETRY_QUEUED : DeliverWebhook.Outcome.FAILED, outcome, "attempt " + i);
      attempt = attempt.next();
      clock.advance(Duration.ofHours(25));
    }
    assertEquals(10, receiver.received.size());
    assertEquals(DeliveryState.FAILED, record().state());
  }

  @Test
  void a_message_whose_attempt_is_being_sent_elsewhere_is_left_for_later() {
    WebhookDelivery delivery = Samples.delivery("sc-sms");
    deliveries.claim(delivery, clock.instant(), clock.instant().plus(Duration.ofSeconds(60)));

    assertThrows(DeliverWebhook.AttemptInProgress.class, () -> deliverWebhook.deliver(delivery));

    clock.advance(Duration.ofSeconds(61));
    assertEquals(DeliverWebhook.Outcome.DELIVERED, deliverWebhook.deliver(delivery), "a lapsed claim is taken over");
  }

  @Test
  void a_retry_decided_but_never_queued_is_queued_when_the_message_comes_back() {
    WebhookDelivery delivery = Samples.delivery("sc-sms");
    deliveries.claim(delivery, clock.instant(), clock.instant().plusSeconds(60));
    deliveries.recordAttempt(delivery, "500", clock.instant(), DeliveryState.RETRYING,
        Optional.of(clock.instant().plusSeconds(5)));

    assertEquals(DeliverWebhook.Outcome.RETRY_QUEUED, deliverWebhook.deliver(delivery));
    assertEquals(2, queue.last().attempt());
    assertEquals(DeliverWebhook.Outcome.ALREADY_DONE, deliverWebhook.deliver(delivery));
    assertEquals(1, queue.sent.size());
    assertTrue(receiver.received.isEmpty());
  }
}
