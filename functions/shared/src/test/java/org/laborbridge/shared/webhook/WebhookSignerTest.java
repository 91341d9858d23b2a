package org.laborbridge.shared.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {

  @Test
  void the_standard_webhooks_reference_vector_is_reproduced() {
    // From the Standard Webhooks specification's examples; checked with openssl dgst -hmac.
    WebhookSecret secret = WebhookSecret.parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    byte[] body = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
        WebhookSigner.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, body, secret));
  }

  @Test
  void a_programme_event_signs_to_the_value_python_computed() {
    // python3: hmac.new(bytes(range(1, 33)), b'msg_2Kp1.1706140800.{"type":"job.posted"}', sha256)
    WebhookSecret secret = WebhookSecret.parse("whsec_AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=");
    byte[] body = "{\"type\":\"job.posted\"}".getBytes(StandardCharsets.UTF_8);
    assertEquals("v1,W6+IfmO+OtRZEb5H80fdx+f+aI8GO6NXnQzE1hpwtlc=",
        WebhookSigner.sign("msg_2Kp1", 1706140800L, body, secret));
  }

  @Test
  void a_different_id_timestamp_or_body_gives_a_different_signature() {
    WebhookSecret secret = WebhookSecret.parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
    String signature = WebhookSigner.sign("msg_1", 1706140800L, body, secret);
    assertNotEquals(signature, WebhookSigner.sign("msg_2", 1706140800L, body, secret));
    assertNotEquals(signature, WebhookSigner.sign("msg_1", 1706140801L, body, secret));
    assertNotEquals(signature, WebhookSigner.sign("msg_1", 1706140800L, "{ }".getBytes(StandardCharsets.UTF_8), secret));
  }
}
