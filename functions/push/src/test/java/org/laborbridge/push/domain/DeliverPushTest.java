package org.laborbridge.push.domain;

import org.junit.jupiter.api.Test;
import org.laborbridge.shared.region.Region;
import org.laborbridge.shared.time.ProgrammeClock;
import org.laborbridge.shared.time.SettableClock;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeliverPushTest {

  private final SettableClock clock = new SettableClock(Samples.MORNING);
  private final InMemoryInboxStore inbox = new InMemoryInboxStore();
  private final InMemoryPaceStore paces = new InMemoryPaceStore();
  private final InMemoryEndpointStore endpoints = new InMemoryEndpointStore();
  private final InMemoryDeferredStore deferred = new InMemoryDeferredStore();
  private final RecordingPushQueue queue = new RecordingPushQueue(deferred);
  private final DeliverPush deliverPush = new DeliverPush(inbox, paces, endpoints, deferred, queue,
      push -> "{\"jobId\":\"" + push.jobId() + "\"}", Samples.PACING, new ProgrammeClock(clock));

  @Test
  void a_push_in_the_day_lands_in_the_inbox_and_goes_to_each_consented_gateway_of_the_home_region() {
    endpoints.insert(Samples.endpoint("sc-sms", Region.SICHUAN, Channel.SMS));
    endpoints.insert(Samples.endpoint("sc-app", Region.SICHUAN, Channel.APP));
    endpoints.insert(Samples.endpoint("sc-wechat", Region.SICHUAN, Channel.WECHAT));
    endpoints.insert(Samples.endpoint("zj-sms", Region.ZHEJIANG, Channel.SMS));
    Recipient worker = Samples.worker("w-1", Channel.INBOX, Channel.SMS, Channel.APP);

    DeliverPush.Result result = deliverPush.push(Samples.push("job-1", worker));

    assertEquals(DeliverPush.Outcome.PUSHED, result.outcome());
    assertEquals(1, inbox.inboxOf("w-1").size());
    assertEquals(List.of("sc-app", "sc-sms"), queue.sent.stream().map(s -> s.delivery().endpointId()).sorted().toList());
    WebhookDelivery delivery = queue.sent.get(0).delivery();
    assertEquals("job.pushed", delivery.eventType());
    assertEquals(1, delivery.attempt());
    assertEquals(Samples.MORNING, delivery.occurredAt());
  }

  @Test
  void the_fourth_push_of_the_day_waits_for_eight_the_next_morning() {
    Recipient worker = Samples.worker("w-2", Channel.INBOX);
    for (int job = 1; job <= 3; job++) {
      assertEquals(DeliverPush.Outcome.PUSHED, deliverPush.push(Samples.push("job-" + job, worker)).outcome());
    }

    DeliverPush.Result fourth = deliverPush.push(Samples.push("job-4", worker));

    assertEquals(DeliverPush.Outcome.DEFERRED_DAILY_LIMIT, fourth.outcome());
    assertEquals(Optional.of(Samples.NEXT_MORNING), fourth.deferredUntil());
    assertEquals(3, inbox.inboxOf("w-2").size());
    assertEquals(ReachStatus.DEFERRED, inbox.reach("job-4", "w-2").orElseThrow().status());
    assertEquals(1, deferred.parked.size());
    assertEquals(Samples.NEXT_MORNING, deferred.parked.get(0).dueAt());
  }

  @Test
  void a_deferred_push_that_comes_back_the_next_morning_is_pushed_and_counts_for_that_day() {
    Recipient worker = Samples.worker("w-3", Channel.INBOX);
    for (int job = 1; job <= 4; job++) {
      deliverPush.push(Samples.push("job-" + job, worker));
    }
    clock.set(Samples.NEXT_MORNING);

    assertEquals(DeliverPush.Outcome.PUSHED, deliverPush.push(Samples.push("job-4", worker)).outcome());

    assertEquals(4, inbox.inboxOf("w-3").size());
    assertEquals(Optional.of(Samples.NEXT_MORNING), inbox.reach("job-4", "w-3").orElseThrow().pushedAt());
    assertEquals(1, paces.days.get("w-3#2026-11-28").size());
  }

  @Test
  void a_push_in_the_quiet_hours_waits_without_using_up_the_day() {
    clock.set(Samples.LATE_EVENING);
    Recipient worker = Samples.worker("w-4", Channel.INBOX, Channel.SMS);
    endpoints.insert(Samples.endpoint("sc-sms", Region.SICHUAN, Channel.SMS));

    DeliverPush.Result result = deliverPush.push(Samples.push("job-1", worker));

    assertEquals(DeliverPush.Outcome.DEFERRED_QUIET_HOURS, result.outcome());
    assertEquals(Optional.of(Samples.NEXT_MORNING), result.deferredUntil());
    assertTrue(inbox.inboxOf("w-4").isEmpty());
    assertTrue(queue.sent.isEmpty());
    assertTrue(paces.days.isEmpty());
    assertEquals(Optional.of(Samples.NEXT_MORNING), inbox.reach("job-1", "w-4").orElseThrow().deferredUntil());
  }

  @Test
  void a_repeated_push_leaves_one_inbox_entry_counts_once_and_sends_the_same_delivery_id() {
    endpoints.insert(Samples.endpoint("sc-sms", Region.SICHUAN, Channel.SMS));
    Recipient worker = Samples.worker("w-5", Channel.SMS);
    PushRequest push = Samples.push("job-1", worker);

    deliverPush.push(push);
    clock.advance(Duration.ofMinutes(3));
    DeliverPush.Result again = deliverPush.push(push);

    assertEquals(DeliverPush.Outcome.ALREADY_PUSHED, again.outcome());
    assertEquals(1, inbox.inboxOf("w-5").size());
    assertEquals(1, paces.days.get("w-5#2026-11-27").size());
    assertEquals(2, queue.sent.size());
    assertEquals(queue.sent.get(0).delivery(), queue.sent.get(1).delivery(), "the repeat queues the very same delivery");
  }

  @Test
  void a_push_already_made_is_not_counted_again_when_a_leftover_copy_comes_back_another_day() {
    Recipient worker = Samples.worker("w-6", Channel.INBOX);
    PushRequest push = Samples.push("job-1", worker);
    deliverPush.push(push);
    clock.set(Samples.NEXT_MORNING);

    assertEquals(DeliverPush.Outcome.ALREADY_PUSHED, deliverPush.push(push).outcome());
    assertEquals(null, paces.days.get("w-6#2026-11-28"));
  }

  @Test
  void the_inbox_channel_and_gone_endpoints_get_no_webhook() {
    endpoints.insert(Samples.endpoint("sc-sms", Region.SICHUAN, Channel.SMS));
    endpoints.markGone("sc-sms", Samples.MORNING);
    Recipient worker = Samples.worker("w-7", Channel.INBOX, Channel.SMS);

    assertEquals(0, deliverPush.push(Samples.push("job-1", worker)).webhooks());
    assertTrue(queue.sent.isEmpty());
  }

  @Test
  void a_region_s_back_office_system_never_gets_a_job_push_even_if_a_message_claims_consent_to_it() {
    endpoints.insert(Samples.endpoint("sc-sms", Region.SICHUAN, Channel.SMS));
    endpoints.insert(Samples.endpoint("sc-hr-system", Region.SICHUAN, Channel.SYSTEM));
    Recipient worker = Samples.worker("w-8", Channel.INBOX, Channel.SMS, Channel.SYSTEM);

    DeliverPush.Result result = deliverPush.push(Samples.push("job-1", worker));

    assertEquals(1, result.webhooks());
    assertEquals(List.of("sc-sms"), queue.sent.stream().map(s -> s.delivery().endpointId()).toList());
  }

  @Test
  void a_push_that_waited_past_the_last_day_of_its_job_is_not_made_and_the_reach_says_so() {
    Recipient worker = Samples.worker("w-late", Channel.INBOX);
    clock.set(Samples.LATE_EVENING);
    assertEquals(DeliverPush.Outcome.DEFERRED_QUIET_HOURS, deliverPush.push(Samples.push("job-closing", worker)).outcome());

    clock.set(java.time.Instant.parse("2027-04-01T02:00:00Z")); // the job was valid through 2027-03-31
    DeliverPush.Result late = deliverPush.push(Samples.push("job-closing", worker));

    assertEquals(DeliverPush.Outcome.JOB_EXPIRED, late.outcome());
    assertEquals(0, late.webhooks());
    assertEquals(java.util.List.of(), inbox.inboxOf("w-late"));
    JobReach reach = inbox.jobReach("job-closing", org.laborbridge.shared.paging.PageRequest.first(10));
    assertEquals(1, reach.expired());
    assertEquals(0, reach.deferred());
    assertEquals(1, reach.total());
  }
}
