package org.laborbridge.shared.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs an outgoing partner webhook the Standard Webhooks 1.0 way. */
public final class WebhookSigner {

  static final String VERSION = "v1";
  private static final String ALGORITHM = "HmacSHA256";

  private WebhookSigner() {}

  /**
   * Returns {@code v1,<base64 HMAC-SHA256 of "{msgId}.{timestampSeconds}.{body}">}, the value of
   * the {@code webhook-signature} header.
   *
   * @param body the raw bytes sent, exactly: re-serialised JSON would not verify
   */
  public static String sign(String msgId, long timestampSeconds, byte[] body, WebhookSecret secret) {
    return VERSION + "," + Base64.getEncoder().encodeToString(hmac(msgId, timestampSeconds, body, secret));
  }

  static byte[] hmac(String msgId, long timestampSeconds, byte[] body, WebhookSecret secret) {
    // A Mac is not thread-safe, so each signature gets its own.
    Mac mac = newMac(secret);
    mac.update((msgId + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
    return mac.doFinal(body);
  }

  private static Mac newMac(WebhookSecret secret) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret.key(), ALGORITHM));
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException everyJvmHasHmacSha256) {
      throw new IllegalStateException("HMAC-SHA256 is unavailable", everyJvmHasHmacSha256);
    }
  }
}
