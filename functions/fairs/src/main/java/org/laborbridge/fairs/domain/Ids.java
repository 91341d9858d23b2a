package org.laborbridge.fairs.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/** The ids the fairs function makes. Derived ids make retries land on what the first attempt wrote. */
public final class Ids {
  private Ids() {}

  public static String newFairId() {
    return "fair-" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
  }

  /** The same staff member sending the same Idempotency-Key names the same fair. */
  public static String fairIdFor(String subject, String idempotencyKey) {
    return "fair-" + digest("fair|" + subject + "|" + idempotencyKey).substring(0, 20);
  }

  /** One person, one registration per fair. */
  public static String registrationId(String fairId, String personKey) {
    return "reg-" + digest("registration|" + fairId + "|" + personKey).substring(0, 20);
  }

  /** The id of a message other functions receive; the same facts always give the same id (their idempotency key). */
  public static String messageId(String... parts) {
    String hex = digest("message|" + String.join("|", parts));
    return UUID.nameUUIDFromBytes(hex.getBytes(StandardCharsets.UTF_8)).toString();
  }

  static String digest(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
