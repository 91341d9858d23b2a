package org.laborbridge.push.domain;

import org.junit.jupiter.api.Test;
import org.laborbridge.shared.problem.Conflict;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.problem.NotFound;
import org.laborbridge.shared.region.Region;
import org.laborbridge.shared.time.ProgrammeClock;
import org.laborbridge.shared.time.SettableClock;
import org.laborbridge.shared.webhook.WebhookSecret;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManageEndpointsTest {

  private final InMemoryEndpointStore store = new InMemoryEndpointStore();
  private final ManageEndpoints endpoints = new ManageEndpoints(store, WebhookSecret::generate,
      new ProgrammeClock(new SettableClock(Samples.MORNING)));

  @Test
  void a_new_endpoint_is_active_with_a_fresh_secret_of_its_own() {
    SigningEndpoint first = endpoints.register("sc-sms", Region.SICHUAN, Channel.SMS, URI.create("https://sms.sc.example/in"));
    SigningEndpoint second = endpoints.register("sc-app", Region.SICHUAN, Channel.APP, URI.create("https://app.sc.example/in"));

    assertTrue(first.endpoint().active());
    assertTrue(first.secret().encoded().startsWith("whsec_"));
    assertNotEquals(first.secret(), second.secret());
    assertEquals(first.endpoint(), endpoints.find("sc-sms"));
  }

  @Test
  void an_id_is_registered_once() {
    endpoints.register("sc-sms", Region.SICHUAN, Channel.SMS, URI.create("https://sms.sc.example/in"));

    assertThrows(Conflict.class,
        () -> endpoints.register("sc-sms", Region.SICHUAN, Channel.SMS, URI.create("https://sms.sc.example/in")));
  }

  @Test
  void only_https_gateways_for_sms_app_or_wechat_are_accepted() {
    assertThrows(InvalidValue.class, () -> ChannelEndpoint.url("http://sms.sc.example/in"));
    assertThrows(InvalidValue.class, () -> ChannelEndpoint.url("https://user:pw@sms.sc.example/in"));
    assertThrows(InvalidValue.class, () -> ChannelEndpoint.url("not a url"));
    assertThrows(InvalidValue.class,
        () -> endpoints.register("sc-inbox", Region.SICHUAN, Channel.INBOX, URI.create("https://sms.sc.example/in")));
    assertThrows(InvalidValue.class,
        () -> endpoints.register("SC SMS", Region.SICHUAN, Channel.SMS, URI.create("https://sms.sc.example/in")));
  }

  @Test
  void an_unknown_endpoint_is_not_found() {
    assertThrows(NotFound.class, () -> endpoints.find("nowhere"));
    assertThrows(NotFound.class, () -> endpoints.find("../../etc"));
  }
}
