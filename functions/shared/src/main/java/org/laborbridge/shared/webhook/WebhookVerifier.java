package org.laborbridge.shared.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks an incoming partner webhook the Standard Webhooks 1.0 way before anything reads it. */
public final class WebhookVerifier {

  /** The replay window, either side of now. */
  public static final Duration TOLERANCE = Duration.ofMinutes(5);

  private static final Pattern UNIX_SECONDS = Pattern.compile("[0-9]{1,15}");
  private static final Pattern SPACES = Pattern.compile(" +");
  private static final String V1_PREFIX = WebhookSigner.VERSION + ",";

  private WebhookVerifier() {}

  /**
   * @param secrets every secret currently valid for the partner: more than one during rotation
   * @param body the raw request bytes as received
   */
  public static Verification verify(
      String id, String timestamp, String signature, byte[] body, List<WebhookSecret> secrets, Instant now) {
    if (secrets == null || secrets.isEmpty()) {
      throw new IllegalArgumentException("a partner endpoint without a secret cannot be verified");
    }
    if (isBlank(id) || isBlank(timestamp) || isBlank(signature) || body == null) {
      return Verification.MISSING_HEADERS;
    }
    String seconds = timestamp.strip();
    if (!UNIX_SECONDS.matcher(seconds).matches()) {
      return Verification.MALFORMED_HEADERS;
    }
    long sentSeconds = Long.parseLong(seconds);
    if (Math.abs(now.getEpochSecond() - sentSeconds) > TOLERANCE.toSeconds()) {
      return Verification.STALE_TIMESTAMP;
    }
    // Check every pair without stopping early, so timing says nothing about which one matched.
    boolean matched = false;
    for (WebhookSecret secret : secrets) {
      byte[] expected = Base64.getEncoder()
          .encode(WebhookSigner.hmac(id, sentSeconds, body, secret));
      for (String offered : SPACES.split(signature.strip())) {
        if (offered.startsWith(V1_PREFIX)) {
          byte[] candidate = offered.substring(V1_PREFIX.length()).getBytes(StandardCharsets.US_ASCII);
          matched |= MessageDigest.isEqual(expected, candidate);
        }
      }
    }
    return matched ? Verification.VERIFIED : Verification.BAD_SIGNATURE;
  }

  /** The same, reading the three headers from a request's headers whatever their case. */
  public static Verification verify(
      Map<String, String> headers, byte[] body, List<WebhookSecret> secrets, Instant now) {
    return verify(
        header(headers, WebhookHeaders.ID),
        header(headers, WebhookHeaders.TIMESTAMP),
        header(headers, WebhookHeaders.SIGNATURE),
        body, secrets, now);
  }

  private static String header(Map<String, String> headers, String name) {
    if (headers == null) {
      return null;
    }
    for (Map.Entry<String, String> header : headers.entrySet()) {
      if (header.getKey() != null && header.getKey().toLowerCase(Locale.ROOT).equals(name)) {
        return header.getValue();
      }
    }
    return null;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
