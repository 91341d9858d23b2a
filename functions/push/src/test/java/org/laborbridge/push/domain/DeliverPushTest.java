package org.laborbridge.push.domain;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.laborbridge.shared.access.Actor;
import org.laborbridge.shared.paging.PageRequest;
import org.laborbridge.shared.region.Region;
import org.laborbridge.shared.time.ProgrammeClock;
import org.laborbridge.shared.time.SettableClock;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Job pushes, and (nested) campaign messages, which take the same steps and share the worker's daily limit. */
class DeliverPushTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  private final SettableClock clock = new SettableClock(Samples.MORNING);
  private final InMemoryInboxStore inbox = new InMemoryInboxStore();
  private final InMemoryPaceStore paces = new InMemoryPaceStore();
  private final InMemoryEndpointStore endpoints = new InMemoryEndpointStore();
  private final InMemoryDeferredStore deferred = new InMemoryDeferredStore();
  private final RecordingPushQueue queue = new RecordingPushQueue(deferred);
  private final CountingActivity activity = new CountingActivity();
  private final DeliverPush deliverPush = new DeliverPush(inbox, paces, endpoints, deferred, queue, Samples.PAYLOADS,
      Samples.PACING, activity, new ProgrammeClock(clock));
  private final ReadInbox readInbox = new ReadInbox(inbox, new ProgrammeClock(clock));

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
    assertEquals(ReachStatus.DEFERRED, inbox.reach(PushTopic.job("job-4"), "w-2").orElseThrow().status());
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
    assertEquals(Optional.of(Samples.NEXT_MORNING), inbox.reach(PushTopic.job("job-4"), "w-3").orElseThrow().pushedAt());
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
    assertEquals(Optional.of(Samples.NEXT_MORNING), inbox.reach(PushTopic.job("job-1"), "w-4").orElseThrow().deferredUntil());
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

    assertEquals(DeliverPush.Outcome.EXPIRED, late.outcome());
    assertEquals(0, late.webhooks());
    assertEquals(java.util.List.of(), inbox.inboxOf("w-late"));
    JobReach reach = inbox.jobReach("job-closing", org.laborbridge.shared.paging.PageRequest.first(10));
    assertEquals(1, reach.expired());
    assertEquals(0, reach.deferred());
    assertEquals(1, reach.total());
  }

  /** A campaign's message takes a job push's steps: consent, quiet hours, the shared daily limit, inbox, gateways. */
  @Nested
  class CampaignMessages {

    @Test
    void a_campaign_message_lands_in_the_inbox_beside_jobs_and_goes_to_the_consented_gateways_but_never_the_back_office() {
      endpoints.insert(Samples.endpoint("sc-sms", Region.SICHUAN, Channel.SMS));
      endpoints.insert(Samples.endpoint("sc-app", Region.SICHUAN, Channel.APP));
      endpoints.insert(Samples.endpoint("sc-hr-system", Region.SICHUAN, Channel.SYSTEM));
      endpoints.insert(Samples.endpoint("zj-sms", Region.ZHEJIANG, Channel.SMS));
      Recipient worker = Samples.worker("w-1", Channel.INBOX, Channel.SMS, Channel.SYSTEM);
      deliverPush.push(Samples.push("job-1", worker));
      clock.advance(Duration.ofMinutes(1));
      CampaignMessage message = Samples.campaignMessage(worker, TODAY);

      DeliverPush.Result result = deliverPush.push(message);

      assertEquals(DeliverPush.Outcome.PUSHED, result.outcome());
      assertEquals(1, result.webhooks());
      List<InboxEntry> entries = inbox.inboxOf("w-1");
      assertEquals(List.of(PushTopic.campaign(message.messageId()), PushTopic.job("job-1")),
          entries.stream().map(InboxEntry::topic).toList());
      assertEquals(message.campaign(), entries.get(0).content());
      WebhookDelivery delivery = queue.last();
      assertEquals("sc-sms", delivery.endpointId());
      assertEquals("campaign.message", delivery.eventType());
      assertEquals(DeliverPush.deliveryId(message.messageId(), "sc-sms"), delivery.id());
      assertEquals("{\"campaignId\":\"spring-breeze-2027\"}", delivery.payload());
      assertEquals(List.of("pushed 51->33", "campaign message 51"), activity.counted);
    }

    @Test
    void a_repeated_campaign_message_leaves_one_entry_counts_once_and_queues_the_same_delivery() {
      endpoints.insert(Samples.endpoint("sc-sms", Region.SICHUAN, Channel.SMS));
      Recipient worker = Samples.worker("w-2", Channel.SMS);
      CampaignMessage message = Samples.campaignMessage(worker, TODAY);

      deliverPush.push(message);
      clock.advance(Duration.ofMinutes(5));
      DeliverPush.Result again = deliverPush.push(message);

      assertEquals(DeliverPush.Outcome.ALREADY_PUSHED, again.outcome());
      assertEquals(1, inbox.inboxOf("w-2").size());
      assertEquals(Set.of(message.messageId()), paces.days.get("w-2#2026-11-27"));
      assertEquals(List.of("campaign message 51"), activity.counted);
      assertEquals(2, queue.sent.size());
      assertEquals(queue.sent.get(0).delivery(), queue.sent.get(1).delivery());
    }

    @Test
    void a_campaign_message_in_the_quiet_hours_is_parked_as_it_came_and_uses_none_of_the_day() {
      clock.set(Samples.LATE_EVENING);
      CampaignMessage message = Samples.campaignMessage(Samples.worker("w-3", Channel.INBOX), TODAY);

      DeliverPush.Result result = deliverPush.push(message);

      assertEquals(DeliverPush.Outcome.DEFERRED_QUIET_HOURS, result.outcome());
      assertEquals(List.of(new DeferredMessage(Samples.NEXT_MORNING, message.messageId(), message.message())), deferred.parked);
      assertTrue(paces.days.isEmpty());
      assertTrue(inbox.inboxOf("w-3").isEmpty());
      ReachEntry reach = inbox.reach(message.topic(), "w-3").orElseThrow();
      assertEquals(ReachStatus.DEFERRED, reach.status());
      assertEquals(Optional.of(Samples.NEXT_MORNING), reach.deferredUntil());

      clock.set(Samples.NEXT_MORNING);
      assertEquals(DeliverPush.Outcome.PUSHED, deliverPush.push(message).outcome());
      assertEquals(1, inbox.inboxOf("w-3").size());
    }

    @Test
    void jobs_and_campaign_messages_share_the_daily_limit() {
      Recipient worker = Samples.worker("w-4", Channel.INBOX);
      deliverPush.push(Samples.push("job-1", worker));
      deliverPush.push(Samples.push("job-2", worker));
      assertEquals(DeliverPush.Outcome.PUSHED, deliverPush.push(Samples.campaignMessage(worker, TODAY)).outcome());

      DeliverPush.Result another = deliverPush.push(Samples.campaignMessage(worker, TODAY.minusDays(1)));
      DeliverPush.Result job = deliverPush.push(Samples.push("job-3", worker));

      assertEquals(DeliverPush.Outcome.DEFERRED_DAILY_LIMIT, another.outcome());
      assertEquals(Optional.of(Samples.NEXT_MORNING), another.deferredUntil());
      assertEquals(DeliverPush.Outcome.DEFERRED_DAILY_LIMIT, job.outcome());
      assertEquals(3, inbox.inboxOf("w-4").size());
    }

    @Test
    void a_campaign_message_released_more_than_two_days_after_its_day_is_dropped_and_one_two_days_late_is_not() {
      Recipient worker = Samples.worker("w-5", Channel.INBOX);
      CampaignMessage stale = Samples.campaignMessage(worker, TODAY.minusDays(3));
      CampaignMessage late = Samples.campaignMessage(worker, TODAY.minusDays(2));

      assertEquals(DeliverPush.Outcome.EXPIRED, deliverPush.push(stale).outcome());
      assertEquals(DeliverPush.Outcome.PUSHED, deliverPush.push(late).outcome());

      assertEquals(ReachStatus.EXPIRED, inbox.reach(stale.topic(), "w-5").orElseThrow().status());
      assertEquals(List.of(late.topic()), inbox.inboxOf("w-5").stream().map(InboxEntry::topic).toList());
      assertEquals(List.of("campaign message 51"), activity.counted);
    }

    @Test
    void the_worker_marks_a_campaign_entry_read_by_its_entry_id_and_may_list_one_kind_only() {
      Recipient worker = Samples.worker("w-6", Channel.INBOX);
      Actor owner = new Actor("account-w-6", Set.of(Actor.Role.WORKER), Optional.empty());
      deliverPush.push(Samples.push("job-1", worker));
      CampaignMessage message = Samples.campaignMessage(worker, TODAY);
      deliverPush.push(message);

      InboxEntry read = readInbox.markRead("w-6", "campaign:" + message.messageId(), owner);

      assertTrue(read.read());
      assertEquals(List.of(PushTopic.job("job-1")), readInbox.inbox("w-6", owner, true, PageRequest.first(10)).items().stream()
          .map(InboxEntry::topic).toList());
      assertEquals(List.of(message.topic()), readInbox.inbox("w-6", owner, false, Optional.of(PushTopic.Kind.CAMPAIGN),
          PageRequest.first(10)).items().stream().map(InboxEntry::topic).toList());
      assertTrue(inbox.reach(message.topic(), "w-6").orElseThrow().read());
    }
  }
}
