package org.laborbridge.push.store;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.junit.LocalAwsTest;
import org.laborbridge.localaws.provision.ProvisionedStack;
import org.laborbridge.push.domain.CampaignContent;
import org.laborbridge.push.domain.CampaignMessage;
import org.laborbridge.push.domain.Channel;
import org.laborbridge.push.domain.ChannelEndpoint;
import org.laborbridge.push.domain.DeferredMessage;
import org.laborbridge.push.domain.DeliveryState;
import org.laborbridge.push.domain.EndpointStatus;
import org.laborbridge.push.domain.InboxEntry;
import org.laborbridge.push.domain.JobMatch;
import org.laborbridge.push.domain.JobPoster;
import org.laborbridge.push.domain.JobSummary;
import org.laborbridge.push.domain.PushRequest;
import org.laborbridge.push.domain.PushTopic;
import org.laborbridge.push.domain.ReachEntry;
import org.laborbridge.push.domain.ReachStatus;
import org.laborbridge.push.domain.Recipient;
import org.laborbridge.push.domain.Salary;
import org.laborbridge.push.domain.SigningEndpoint;
import org.laborbridge.push.domain.WebhookDelivery;
import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.region.Region;
import org.laborbridge.shared.webhook.WebhookSecret;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The conditional writes and queries of the push stores, against local DynamoDB. */
@LocalAwsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DynamoStoresTest {

  private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  private DynamoInboxStore inbox;
  private DynamoPaceStore paces;
  private DynamoEndpointStore endpoints;
  private DynamoDeliveryStore deliveries;
  private DynamoDeferredStore deferred;
  private LocalAws aws;
  private String table;

  @BeforeAll
  void stores(LocalAws aws, ProvisionedStack stack) {
    this.aws = aws;
    table = stack.tableName("DeliveriesTable");
    inbox = new DynamoInboxStore(aws.dynamoDb(), table);
    paces = new DynamoPaceStore(aws.dynamoDb(), table);
    endpoints = new DynamoEndpointStore(aws.dynamoDb(), table);
    deliveries = new DynamoDeliveryStore(aws.dynamoDb(), table);
    deferred = new DynamoDeferredStore(aws.dynamoDb(), table);
  }

  private static PushRequest push(String workerId, String jobId) {
    Recipient worker = new Recipient(workerId, Region.SICHUAN, Optional.of("account-" + workerId), List.of(), Set.of(Channel.INBOX));
    JobSummary job = new JobSummary("Cook", "Canteen", Region.CHONGQING, "500100", null,
        new Salary(new BigDecimal("180"), null, "DAY", new BigDecimal("3900")), false, true, null, null,
        new JobPoster("EMPLOYER", "employer-1"));
    return new PushRequest("push-" + workerId + "-" + jobId, jobId, 1, new BigDecimal("0.5"), List.of("same occupation"), NOW,
        worker, job, "{}");
  }

  @Test
  void a_day_takes_three_pushes_and_a_repeat_of_one_of_them_passes_without_counting() {
    assertTrue(paces.claim("w-pace", TODAY, "job-1", 3, NOW));
    assertTrue(paces.claim("w-pace", TODAY, "job-2", 3, NOW));
    assertTrue(paces.claim("w-pace", TODAY, "job-3", 3, NOW));
    assertFalse(paces.claim("w-pace", TODAY, "job-4", 3, NOW));
    assertTrue(paces.claim("w-pace", TODAY, "job-2", 3, NOW), "a retry of a counted push");
    assertTrue(paces.claim("w-pace", TODAY.plusDays(1), "job-4", 3, NOW), "a new day");
  }

  @Test
  void the_inbox_is_newest_first_in_pages_and_a_repeat_keeps_one_entry() {
    for (int i = 1; i <= 5; i++) {
      PushRequest push = push("w-inbox", "job-" + i);
      Instant pushedAt = inbox.markPushed(push, NOW.plusSeconds(i));
      assertTrue(inbox.addToInbox(push, pushedAt));
    }
    PushRequest repeat = push("w-inbox", "job-3");
    Instant first = inbox.markPushed(repeat, NOW.plusSeconds(99));
    assertEquals(NOW.plusSeconds(3), first, "the first push time is kept");
    assertFalse(inbox.addToInbox(repeat, first));

    Page<InboxEntry> page1 = inbox.inbox("w-inbox", false, PageRequest.first(2));
    Page<InboxEntry> page2 = inbox.inbox("w-inbox", false, new PageRequest(page1.nextCursor(), 2));
    Page<InboxEntry> page3 = inbox.inbox("w-inbox", false, new PageRequest(page2.nextCursor(), 2));
    List<String> jobs = new ArrayList<>();
    for (Page<InboxEntry> page : List.of(page1, page2, page3)) {
      page.items().forEach(e -> jobs.add(e.topic().id()));
    }
    assertEquals(List.of("job-5", "job-4", "job-3", "job-2", "job-1"), jobs);
    assertEquals(Optional.empty(), page3.nextCursor());
    assertEquals(new BigDecimal("3900"), ((JobMatch) page1.items().get(0).content()).job().salary().monthlyMinimum());
  }

  @Test
  void a_cursor_for_another_workers_inbox_is_refused() {
    PushRequest mine = push("w-a", "job-1");
    inbox.addToInbox(mine, inbox.markPushed(mine, NOW));
    PushRequest theirs = push("w-b", "job-1");
    inbox.addToInbox(theirs, inbox.markPushed(theirs, NOW));
    inbox.addToInbox(push("w-b", "job-2"), inbox.markPushed(push("w-b", "job-2"), NOW.plusSeconds(1)));
    String cursor = inbox.inbox("w-b", false, PageRequest.first(1)).nextCursor().orElseThrow();

    assertThrows(InvalidValue.class, () -> inbox.inbox("w-a", false, new PageRequest(Optional.of(cursor), 1)));
    assertThrows(InvalidValue.class, () -> inbox.inbox("w-a", false, new PageRequest(Optional.of("garbage!"), 1)));
  }

  @Test
  void a_late_deferral_does_not_undo_a_push_and_reading_is_counted_in_the_reach() {
    PushRequest push = push("w-reach", "job-reach");
    inbox.rememberJob(push.jobAccess().orElseThrow());
    inbox.markDeferred(push, NOW.plus(Duration.ofHours(8)));
    assertEquals(ReachStatus.DEFERRED, inbox.reach(PushTopic.job("job-reach"), "w-reach").orElseThrow().status());
    Instant pushedAt = inbox.markPushed(push, NOW);
    inbox.addToInbox(push, pushedAt);
    inbox.markDeferred(push, NOW.plus(Duration.ofHours(8)));
    inbox.markDeferred(push("w-reach-2", "job-reach"), NOW.plus(Duration.ofHours(8)));

    inbox.markRead("w-reach", PushTopic.job("job-reach"), pushedAt, NOW.plusSeconds(60));

    var reach = inbox.jobReach("job-reach", PageRequest.first(10));
    assertEquals(1, reach.pushed());
    assertEquals(1, reach.deferred());
    assertEquals(1, reach.read());
    assertEquals(List.of("w-reach", "w-reach-2"), reach.workers().items().stream().map(r -> r.workerId()).toList());
    assertEquals(Optional.empty(), inbox.reach(PushTopic.job("job-reach"), "w-reach").orElseThrow().deferredUntil());
  }

  @Test
  void a_campaign_message_s_inbox_entry_reads_back_as_written_beside_jobs_and_is_found_by_kind() {
    PushRequest job = push("w-campaign", "job-1");
    inbox.addToInbox(job, inbox.markPushed(job, NOW));
    Recipient worker = new Recipient("w-campaign", Region.SICHUAN, Optional.empty(), List.of(), Set.of(Channel.INBOX));
    CampaignContent content = new CampaignContent("spring-breeze-2027", "Spring Breeze Action 2027", TODAY, "REMINDER",
        "The Ningbo fair opens on 5 December.", "fair-1",
        List.of(new CampaignContent.Fair("fair-1", "Ningbo fair", Region.ZHEJIANG, "Expo Hall", NOW.plus(Duration.ofDays(8)),
            NOW.plus(Duration.ofDays(8).plusHours(8)))),
        List.of(new CampaignContent.Job("job-9", "Cook", null, Region.CHONGQING, null, null,
            new Salary(new BigDecimal("180.5"), null, "DAY", null), null)));
    CampaignMessage message = new CampaignMessage("m-campaign-1", worker, content, "{}");

    inbox.markDeferred(message, NOW.plusSeconds(30));
    assertEquals(ReachStatus.DEFERRED, inbox.reach(message.topic(), "w-campaign").orElseThrow().status());
    Instant pushedAt = inbox.markPushed(message, NOW.plusSeconds(60));
    assertTrue(inbox.addToInbox(message, pushedAt));
    assertFalse(inbox.addToInbox(message, pushedAt));

    List<InboxEntry> all = inbox.inbox("w-campaign", false, PageRequest.first(10)).items();
    assertEquals(List.of(message.topic(), PushTopic.job("job-1")), all.stream().map(InboxEntry::topic).toList());
    assertEquals(content, all.get(0).content());
    assertEquals(List.of(message.topic()), inbox.inbox("w-campaign", false, Optional.of(PushTopic.Kind.CAMPAIGN),
        PageRequest.first(10)).items().stream().map(InboxEntry::topic).toList());
    assertEquals(List.of(PushTopic.job("job-1")), inbox.inbox("w-campaign", false, Optional.of(PushTopic.Kind.JOB),
        PageRequest.first(10)).items().stream().map(InboxEntry::topic).toList());
    assertTrue(inbox.markRead("w-campaign", message.topic(), pushedAt, NOW.plusSeconds(90)).orElseThrow().read());
    ReachEntry reach = inbox.reach(message.topic(), "w-campaign").orElseThrow();
    assertEquals(ReachStatus.PUSHED, reach.status());
    assertTrue(reach.read());
    assertEquals(0, inbox.jobReach("m-campaign-1", PageRequest.first(10)).total(), "a campaign message is no job");
  }

  @Test
  void parked_messages_come_out_of_their_hour_when_due_in_due_order() {
    Instant hour = Instant.parse("2026-11-28T00:00:00Z");
    deferred.park(new DeferredMessage(hour.plusSeconds(90), "m-2", "second"));
    deferred.park(new DeferredMessage(hour, "m-1", "first"));
    deferred.park(new DeferredMessage(hour, "m-1", "first"));
    deferred.park(new DeferredMessage(hour.plus(Duration.ofHours(1)), "m-3", "next hour"));

    assertEquals(List.of(), deferred.due(hour, hour.minusMillis(1), 10));
    assertEquals(List.of("m-1"), deferred.due(hour, hour, 10).stream().map(DeferredMessage::messageId).toList());
    List<DeferredMessage> due = deferred.due(hour, hour.plusSeconds(120), 10);
    assertEquals(List.of("m-1", "m-2"), due.stream().map(DeferredMessage::messageId).toList());
    due.forEach(deferred::remove);
    assertEquals(List.of(), deferred.due(hour, hour.plusSeconds(3599), 10));
  }

  @Test
  void the_release_marker_only_moves_forward() {
    assertEquals(Optional.empty(), deferred.releasedThrough());
    deferred.advanceTo(Instant.parse("2026-11-27T10:00:00Z"));
    deferred.advanceTo(Instant.parse("2026-11-27T09:00:00Z"));
    assertEquals(Optional.of(Instant.parse("2026-11-27T10:00:00Z")), deferred.releasedThrough());
  }

  @Test
  void an_attempt_is_claimed_once_and_the_next_only_after_a_retry_is_decided() {
    WebhookDelivery first = new WebhookDelivery("d-claim", "laborbridge.push", NOW, "sc-sms", "job.pushed", "{}", 1);
    assertTrue(deliveries.claim(first, NOW, NOW.plusSeconds(60)));
    assertFalse(deliveries.claim(first, NOW.plusSeconds(1), NOW.plusSeconds(61)), "a live claim holds");
    assertFalse(deliveries.claim(first.next(), NOW.plusSeconds(1), NOW.plusSeconds(61)), "no retry decided yet");
    assertTrue(deliveries.claim(first, NOW.plusSeconds(61), NOW.plusSeconds(121)), "a lapsed claim can be taken over");

    deliveries.recordAttempt(first, "503", NOW.plusSeconds(62), DeliveryState.RETRYING, Optional.of(NOW.plusSeconds(67)));
    assertTrue(deliveries.claim(first.next(), NOW.plusSeconds(67), NOW.plusSeconds(127)));
    deliveries.recordAttempt(first, "stale", NOW.plusSeconds(68), DeliveryState.FAILED, Optional.empty());
    deliveries.recordAttempt(first.next(), "200", NOW.plusSeconds(68), DeliveryState.DELIVERED, Optional.empty());
    assertFalse(deliveries.claim(first.next(), NOW.plus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(2))));

    var record = deliveries.find("d-claim").orElseThrow();
    assertEquals(DeliveryState.DELIVERED, record.state());
    assertEquals(2, record.attempts());
    assertEquals(Optional.of("200"), record.lastStatus());
    assertEquals(Optional.empty(), record.claimedUntil());
  }

  @Test
  void a_gone_endpoint_leaves_the_regions_active_list_and_keeps_its_secret_out_of_the_list() {
    SigningEndpoint sms = new SigningEndpoint(new ChannelEndpoint("gz-sms", Region.GUIZHOU, Channel.SMS,
        URI.create("https://sms.gz.example/in"), EndpointStatus.ACTIVE, NOW, NOW), WebhookSecret.generate());
    assertTrue(endpoints.insert(sms));
    assertFalse(endpoints.insert(sms));
    assertEquals(List.of("gz-sms"), endpoints.active(Region.GUIZHOU).stream().map(ChannelEndpoint::id).toList());
    assertEquals(sms.secret(), endpoints.forDelivery("gz-sms").orElseThrow().secret());

    endpoints.markGone("gz-sms", NOW.plusSeconds(5));
    endpoints.markGone("gz-sms", NOW.plusSeconds(9));

    assertEquals(List.of(), endpoints.active(Region.GUIZHOU));
    assertEquals(EndpointStatus.GONE, endpoints.find("gz-sms").orElseThrow().status());
    assertEquals(NOW.plusSeconds(5), endpoints.find("gz-sms").orElseThrow().modifiedAt());
    assertEquals(EndpointStatus.GONE, endpoints.list(Region.GUIZHOU, PageRequest.first(10)).items().get(0).status());
    aws.dynamoDb().query(r -> r.tableName(table).keyConditionExpression("pk = :pk")
            .expressionAttributeValues(java.util.Map.of(":pk", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("ENDPOINTS#52"))))
        .items().forEach(item -> assertFalse(item.containsKey("secret"), "the region copy holds no secret"));
  }

  @Test
  void a_registration_cut_short_before_its_region_copy_is_completed_by_the_next_attempt() {
    SigningEndpoint app = new SigningEndpoint(new ChannelEndpoint("yn-app", Region.YUNNAN, Channel.APP,
        URI.create("https://app.yn.example/in"), EndpointStatus.ACTIVE, NOW, NOW), WebhookSecret.generate());
    aws.dynamoDb().putItem(r -> r.tableName(table).item(DeliveriesTable.endpointItem(app)));
    assertEquals(List.of(), endpoints.active(Region.YUNNAN));

    assertFalse(endpoints.insert(app));

    assertEquals(List.of("yn-app"), endpoints.active(Region.YUNNAN).stream().map(ChannelEndpoint::id).toList());
  }
}
