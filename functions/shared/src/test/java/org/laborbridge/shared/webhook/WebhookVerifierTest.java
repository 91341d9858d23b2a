package org.laborbridge.shared.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookVerifierTest {

  private static final WebhookSecret CURRENT = WebhookSecret.parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
  private static final WebhookSecret PREVIOUS =
      WebhookSecret.parse("whsec_AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=");
  private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
  private static final String TIMESTAMP = "1614265330";
  private static final Instant SENT = Instant.ofEpochSecond(1614265330L);
  private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
  private static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

  private static Verification verify(String id, String timestamp, String signature, byte[] body,
      List<WebhookSecret> secrets, Instant now) {
    return WebhookVerifier.verify(id, timestamp, signature, body, secrets, now);
  }

  private static Verification verifyAt(Instant now) {
    return verify(ID, TIMESTAMP, SIGNATURE, BODY, List.of(CURRENT), now);
  }

  @Test
  void the_reference_vector_is_verified() {
    assertEquals(Verification.VERIFIED, verifyAt(SENT));
    assertTrue(verifyAt(SENT).verified());
  }

  @Test
  void what_the_signer_signs_the_verifier_accepts() {
    byte[] body = "{\"type\":\"job.posted\",\"data\":{\"jobId\":\"JP-42\"}}".getBytes(StandardCharsets.UTF_8);
    String signature = WebhookSigner.sign("evt-1", 1706140800L, body, CURRENT);
    assertEquals(Verification.VERIFIED,
        verify("evt-1", "1706140800", signature, body, List.of(CURRENT), Instant.ofEpochSecond(1706140800L)));
  }

  @Test
  void a_tampered_body_is_a_bad_signature() {
    byte[] tampered = "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8);
    assertEquals(Verification.BAD_SIGNATURE, verify(ID, TIMESTAMP, SIGNATURE, tampered, List.of(CURRENT), SENT));
  }

  @Test
  void a_changed_id_is_a_bad_signature() {
    assertEquals(Verification.BAD_SIGNATURE,
        verify("msg_other", TIMESTAMP, SIGNATURE, BODY, List.of(CURRENT), SENT));
  }

  @Test
  void a_changed_timestamp_inside_the_window_is_a_bad_signature() {
    assertEquals(Verification.BAD_SIGNATURE,
        verify(ID, "1614265331", SIGNATURE, BODY, List.of(CURRENT), SENT));
  }

  @Test
  void a_signature_made_with_another_secret_is_a_bad_signature() {
    assertEquals(Verification.BAD_SIGNATURE, verify(ID, TIMESTAMP, SIGNATURE, BODY, List.of(PREVIOUS), SENT));
  }

  @Test
  void during_rotation_a_signature_from_the_old_secret_is_still_accepted() {
    String old = WebhookSigner.sign(ID, SENT.getEpochSecond(), BODY, PREVIOUS);
    assertEquals(Verification.VERIFIED, verify(ID, TIMESTAMP, old, BODY, List.of(CURRENT, PREVIOUS), SENT));
  }

  @Test
  void a_header_carrying_several_signatures_is_accepted_if_any_one_matches() {
    String old = WebhookSigner.sign(ID, SENT.getEpochSecond(), BODY, PREVIOUS);
    assertEquals(Verification.VERIFIED,
        verify(ID, TIMESTAMP, old + " " + SIGNATURE, BODY, List.of(CURRENT), SENT));
    assertEquals(Verification.VERIFIED,
        verify(ID, TIMESTAMP, SIGNATURE + " " + old, BODY, List.of(PREVIOUS), SENT));
  }

  @Test
  void signatures_of_other_versions_are_ignored() {
    String withoutPrefix = SIGNATURE.substring(3);
    assertEquals(Verification.BAD_SIGNATURE,
        verify(ID, TIMESTAMP, "v1a," + withoutPrefix + " v2," + withoutPrefix + " " + withoutPrefix,
            BODY, List.of(CURRENT), SENT));
    assertEquals(Verification.VERIFIED,
        verify(ID, TIMESTAMP, "v1a," + withoutPrefix + " " + SIGNATURE, BODY, List.of(CURRENT), SENT));
  }

  @ParameterizedTest
  @ValueSource(strings = {"v1,", "v1", ",", "v1,not-base64!!", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE",
      "v1,G0HM9SSE+OTPJTGT/TMIKTSYZLE3UFJELVLNIOLJ1OE="})
  void a_malformed_or_truncated_signature_is_a_bad_signature(String signature) {
    assertEquals(Verification.BAD_SIGNATURE, verify(ID, TIMESTAMP, signature, BODY, List.of(CURRENT), SENT));
  }

  @Test
  void exactly_five_minutes_either_way_is_still_inside_the_window() {
    assertEquals(Verification.VERIFIED, verifyAt(SENT.plusSeconds(300)));
    assertEquals(Verification.VERIFIED, verifyAt(SENT.minusSeconds(300)));
  }

  @Test
  void a_timestamp_more_than_five_minutes_old_is_stale() {
    assertEquals(Verification.STALE_TIMESTAMP, verifyAt(SENT.plusSeconds(301)));
  }

  @Test
  void a_timestamp_more_than_five_minutes_in_the_future_is_stale_too() {
    assertEquals(Verification.STALE_TIMESTAMP, verifyAt(SENT.minusSeconds(301)));
  }

  @Test
  void a_stale_timestamp_is_reported_even_when_the_signature_is_good() {
    // A replayed request is signed correctly; only the window catches it.
    assertEquals(Verification.STALE_TIMESTAMP, verifyAt(SENT.plusSeconds(3600)));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  void a_missing_id_is_reported(String id) {
    assertEquals(Verification.MISSING_HEADERS, verify(id, TIMESTAMP, SIGNATURE, BODY, List.of(CURRENT), SENT));
  }

  @ParameterizedTest
  @NullAndEmptySource
  void a_missing_timestamp_is_reported(String timestamp) {
    assertEquals(Verification.MISSING_HEADERS, verify(ID, timestamp, SIGNATURE, BODY, List.of(CURRENT), SENT));
  }

  @ParameterizedTest
  @NullAndEmptySource
  void a_missing_signature_is_reported(String signature) {
    assertEquals(Verification.MISSING_HEADERS, verify(ID, TIMESTAMP, signature, BODY, List.of(CURRENT), SENT));
  }

  @Test
  void a_missing_body_is_reported_as_missing() {
    assertEquals(Verification.MISSING_HEADERS, verify(ID, TIMESTAMP, SIGNATURE, null, List.of(CURRENT), SENT));
  }

  @ParameterizedTest
  @ValueSource(strings = {"yesterday", "1614265330.5", "-1614265330", "+1614265330", "2021-02-25T15:02:10Z",
      "99999999999999999999", "1614265330000000"})
  void a_timestamp_that_is_not_unix_seconds_is_malformed(String timestamp) {
    assertEquals(Verification.MALFORMED_HEADERS, verify(ID, timestamp, SIGNATURE, BODY, List.of(CURRENT), SENT));
  }

  @Test
  void a_timestamp_in_milliseconds_is_stale_not_a_crash() {
    assertEquals(Verification.STALE_TIMESTAMP,
        verify(ID, "1614265330000", SIGNATURE, BODY, List.of(CURRENT), SENT));
  }

  @Test
  void headers_are_found_whatever_their_case() {
    Map<String, String> headers = new HashMap<>();
    headers.put("Webhook-Id", ID);
    headers.put("WEBHOOK-TIMESTAMP", TIMESTAMP);
    headers.put("webhook-signature", SIGNATURE);
    headers.put("content-type", "application/json");
    assertEquals(Verification.VERIFIED, WebhookVerifier.verify(headers, BODY, List.of(CURRENT), SENT));
  }

  @Test
  void a_request_without_the_headers_is_missing_headers() {
    assertEquals(Verification.MISSING_HEADERS,
        WebhookVerifier.verify(Map.of("content-type", "application/json"), BODY, List.of(CURRENT), SENT));
    assertEquals(Verification.MISSING_HEADERS, WebhookVerifier.verify(null, BODY, List.of(CURRENT), SENT));
  }

  @Test
  void a_partner_without_any_secret_is_a_configuration_error() {
    assertThrows(IllegalArgumentException.class, () -> verify(ID, TIMESTAMP, SIGNATURE, BODY, List.of(), SENT));
  }

  @Test
  void only_verified_counts_as_verified() {
    for (Verification outcome : Verification.values()) {
      assertEquals(outcome == Verification.VERIFIED, outcome.verified());
    }
    assertFalse(Verification.BAD_SIGNATURE.verified());
  }
}
