package org.laborbridge.shared.webhook;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.laborbridge.shared.problem.InvalidValue;

/**
 * The key a partner and the platform share to sign webhooks, written {@code whsec_<base64>}
 * (Standard Webhooks 1.0). Never printed: {@link #toString()} hides the key.
 */
public final class WebhookSecret {

  public static final String FIELD = "webhookSecret";
  public static final String PREFIX = "whsec_";
  private static final int MIN_BYTES = 24;
  private static final int MAX_BYTES = 64;
  private static final int GENERATED_BYTES = 32;

  private final byte[] key;

  private WebhookSecret(byte[] key) {
    this.key = key;
  }

  /** Reads {@code whsec_} plus standard base64 of 24 to 64 bytes; the prefix is required. */
  public static WebhookSecret parse(String text) {
    if (text == null || !text.startsWith(PREFIX)) {
      throw new InvalidValue(FIELD, "must start with " + PREFIX);
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(text.substring(PREFIX.length()));
    } catch (IllegalArgumentException notBase64) {
      throw new InvalidValue(FIELD, "must be " + PREFIX + " followed by base64");
    }
    if (key.length < MIN_BYTES || key.length > MAX_BYTES) {
      throw new InvalidValue(FIELD, "must hold " + MIN_BYTES + " to " + MAX_BYTES + " bytes of key");
    }
    return new WebhookSecret(key);
  }

  /** A fresh 32-byte secret for a newly registered partner endpoint. */
  public static WebhookSecret generate(SecureRandom random) {
    byte[] key = new byte[GENERATED_BYTES];
    random.nextBytes(key);
    return new WebhookSecret(key);
  }

  public static WebhookSecret generate() {
    return generate(new SecureRandom());
  }

  /** The {@code whsec_} form, to hand to the partner once and to keep in a secret store. */
  public String encoded() {
    return PREFIX + Base64.getEncoder().encodeToString(key);
  }

  byte[] key() {
    return key.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WebhookSecret that && MessageDigest.isEqual(key, that.key);
  }

  @Override
  public int hashCode() {
    // Not derived from the key: a hash code ends up in debug output and would leak bits of it.
    return WebhookSecret.class.hashCode();
  }

  @Override
  public String toString() {
    return PREFIX + "********";
  }
}
