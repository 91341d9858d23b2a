package org.laborbridge.push.domain;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.shared.problem.FieldError;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.region.Region;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A fair cancelled or a transfer forwarded reaches exactly the region's active endpoints on the channels asked for. */
class NotifyRegionTest {

  private static final String PAYLOAD = "{\"fairId\":\"fair-ningbo-spring\",\"workerIds\":[\"w-1\",\"w-2\"]}";

  private final InMemoryEndpointStore endpoints = new InMemoryEndpointStore();
  private final RecordingPushQueue queue = new RecordingPushQueue(new InMemoryDeferredStore());
  private final NotifyRegion notifyRegion = new NotifyRegion(endpoints, queue);

  @BeforeEach
  void zhejiangHasAnSmsGatewayAnHrSystemAndARetiredAppGateway() {
    endpoints.insert(Samples.endpoint("zj-sms", Region.ZHEJIANG, Channel.SMS));
    endpoints.insert(Samples.endpoint("zj-hr-system", Region.ZHEJIANG, Channel.SYSTEM));
    endpoints.insert(Samples.endpoint("zj-app", Region.ZHEJIANG, Channel.APP));
    endpoints.markGone("zj-app", Samples.MORNING);
    endpoints.insert(Samples.endpoint("js-sms", Region.JIANGSU, Channel.SMS));
  }

  @Test
  void a_fair_cancelled_for_workers_channels_goes_to_the_active_sms_gateway_of_the_region_only() {
    NotifyRegion.Result result = notifyRegion.notify(notice("fair-cancelled-1", Channel.SMS, Channel.APP, Channel.WECHAT));

    assertEquals(NotifyRegion.Outcome.QUEUED, result.outcome());
    assertEquals(1, result.deliveries());
    assertEquals(1, queue.sent.size());
    WebhookDelivery delivery = queue.last();
    assertEquals("zj-sms", delivery.endpointId());
    assertEquals(NotifyRegion.deliveryId("fair-cancelled-1", "zj-sms"), delivery.id());
    assertEquals("fair.cancelled", delivery.eventType());
    assertEquals(PAYLOAD, delivery.payload());
    assertEquals(Samples.MORNING, delivery.occurredAt());
    assertEquals("laborbridge.fairs", delivery.source());
    assertEquals(1, delivery.attempt());
  }

  @Test
  void a_transfer_forwarded_to_the_back_office_goes_to_the_region_s_system_only() {
    Notice forwarded = new Notice("transfer-forwarded-t-9", "laborbridge.transfers", Samples.MORNING, Region.ZHEJIANG,
        Set.of(Channel.SYSTEM), "transfer.forwarded", "{\"transferId\":\"t-9\"}");

    NotifyRegion.Result result = notifyRegion.notify(forwarded);

    assertEquals(new NotifyRegion.Result(NotifyRegion.Outcome.QUEUED, 1), result);
    assertEquals("zj-hr-system", queue.last().endpointId());
    assertEquals("transfer.forwarded", queue.last().eventType());
  }

  @Test
  void a_repeated_notice_queues_the_very_same_deliveries_again() {
    Notice notice = notice("fair-cancelled-2", Channel.SMS, Channel.SYSTEM);

    notifyRegion.notify(notice);
    notifyRegion.notify(notice);

    List<String> ids = queue.sent.stream().map(s -> s.delivery().id()).toList();
    assertEquals(4, ids.size());
    assertEquals(2, Set.copyOf(ids).size(), "one delivery id per endpoint, whatever repeats");
    assertEquals(Set.of(NotifyRegion.deliveryId("fair-cancelled-2", "zj-sms"),
        NotifyRegion.deliveryId("fair-cancelled-2", "zj-hr-system")), Set.copyOf(ids));
  }

  @Test
  void the_delivery_id_depends_on_the_notice_and_the_endpoint_and_differs_from_a_push_s() {
    assertEquals(NotifyRegion.deliveryId("n-1", "zj-sms"), NotifyRegion.deliveryId("n-1", "zj-sms"));
    assertFalse(NotifyRegion.deliveryId("n-1", "zj-sms").equals(NotifyRegion.deliveryId("n-2", "zj-sms")));
    assertFalse(NotifyRegion.deliveryId("n-1", "zj-sms").equals(NotifyRegion.deliveryId("n-1", "zj-hr-system")));
    assertFalse(NotifyRegion.deliveryId("n-1", "zj-sms").equals(DeliverPush.deliveryId("n-1", "zj-sms")));
  }

  @Test
  void a_region_without_an_endpoint_on_those_channels_is_told_nothing_and_that_is_no_failure() {
    NotifyRegion.Result tibet = notifyRegion.notify(new Notice("fair-cancelled-3", "laborbridge.fairs", Samples.MORNING,
        Region.TIBET, Set.of(Channel.SMS), "fair.cancelled", PAYLOAD));
    NotifyRegion.Result onlyGoneApp = notifyRegion.notify(notice("fair-cancelled-4", Channel.APP));

    assertEquals(new NotifyRegion.Result(NotifyRegion.Outcome.NO_ENDPOINT, 0), tibet);
    assertEquals(new NotifyRegion.Result(NotifyRegion.Outcome.NO_ENDPOINT, 0), onlyGoneApp);
    assertTrue(queue.sent.isEmpty());
  }

  @Test
  void a_notice_names_what_is_wrong_with_it_by_field_and_never_by_value() {
    InvalidValue refused = assertThrows(InvalidValue.class, () -> new Notice("", "partner.zj-hr", null, null,
        EnumSet.of(Channel.INBOX), "Fair Cancelled", "{\"note\":\"" + "x".repeat(21 * 1024) + "\"}"));

    assertEquals(List.of("id", "source", "occurredAt", "data.region", "data.channels", "data.eventType", "data.payload"),
        refused.errors().stream().map(FieldError::field).toList());
    assertFalse(refused.getMessage().contains("partner.zj-hr"));
    assertThrows(InvalidValue.class, () -> new Notice("n-5", "laborbridge.fairs", Samples.MORNING, Region.ZHEJIANG,
        Set.of(), "fair.cancelled", PAYLOAD));
    assertThrows(InvalidValue.class, () -> new Notice("n-6", "laborbridge.", Samples.MORNING, Region.ZHEJIANG,
        Set.of(Channel.SMS), "fair.cancelled", PAYLOAD));
  }

  private static Notice notice(String id, Channel... channels) {
    return new Notice(id, "laborbridge.fairs", Samples.MORNING, Region.ZHEJIANG, Set.of(channels), "fair.cancelled", PAYLOAD);
  }
}
