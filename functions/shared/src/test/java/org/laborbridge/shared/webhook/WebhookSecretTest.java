package org.laborbridge.shared.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.laborbridge.shared.problem.InvalidValue;

class WebhookSecretTest {

  private static final String STANDARD_WEBHOOKS_SAMPLE = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

  private static String secretOf(int bytes) {
    return "whsec_" + Base64.getEncoder().encodeToString(new byte[bytes]);
  }

  @Test
  void the_standard_webhooks_sample_secret_is_read() {
    assertEquals(STANDARD_WEBHOOKS_SAMPLE, WebhookSecret.parse(STANDARD_WEBHOOKS_SAMPLE).encoded());
  }

  @ParameterizedTest
  @ValueSource(ints = {24, 32, 64})
  void keys_of_twenty_four_to_sixty_four_bytes_are_accepted(int bytes) {
    assertEquals(bytes, WebhookSecret.parse(secretOf(bytes)).key().length);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 16, 23, 65, 128})
  void keys_too_short_or_too_long_are_refused(int bytes) {
    InvalidValue invalid = assertThrows(InvalidValue.class, () -> WebhookSecret.parse(secretOf(bytes)));
    assertEquals("webhookSecret", invalid.errors().get(0).field());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "WHSEC_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
      "whsec_not base64 at all!", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw=="})
  void anything_but_whsec_and_base64_is_refused(String text) {
    InvalidValue invalid = assertThrows(InvalidValue.class, () -> WebhookSecret.parse(text));
    assertEquals("webhookSecret", invalid.errors().get(0).field());
  }

  @Test
  void the_key_never_appears_in_an_error_message() {
    String tooShort = "whsec_" + Base64.getEncoder().encodeToString("sixteen-byte-key".getBytes());
    InvalidValue invalid = assertThrows(InvalidValue.class, () -> WebhookSecret.parse(tooShort));
    assertFalse(invalid.getMessage().contains(tooShort.substring(6)));
  }

  @Test
  void to_string_never_reveals_the_key() {
    WebhookSecret secret = WebhookSecret.parse(STANDARD_WEBHOOKS_SAMPLE);
    assertEquals("whsec_********", secret.toString());
    assertFalse(secret.toString().contains("MfKQ"));
  }

  @Test
  void a_generated_secret_is_thirty_two_random_bytes_that_parse_back() {
    WebhookSecret generated = WebhookSecret.generate();
    assertEquals(32, generated.key().length);
    assertTrue(generated.encoded().startsWith("whsec_"));
    assertEquals(generated, WebhookSecret.parse(generated.encoded()));
    assertNotEquals(generated, WebhookSecret.generate());
  }

  @Test
  void handing_out_the_key_does_not_expose_the_secret_to_change() {
    WebhookSecret secret = WebhookSecret.parse(STANDARD_WEBHOOKS_SAMPLE);
    secret.key()[0] ^= 1;
    assertEquals(STANDARD_WEBHOOKS_SAMPLE, secret.encoded());
  }
}
