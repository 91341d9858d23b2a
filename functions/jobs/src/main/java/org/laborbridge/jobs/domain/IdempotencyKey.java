package org.laborbridge.jobs.domain;

import org.laborbridge.shared.problem.InvalidValue;

import java.util.regex.Pattern;

/** A caller's Idempotency-Key header and a fingerprint of the request body it came with. */
public record IdempotencyKey(String value, String fingerprint) {

  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,128}");

  public IdempotencyKey {
    if (value == null || !KEY.matcher(value).matches()) {
      throw new InvalidValue("Idempotency-Key", "must be 1 to 128 visible ASCII characters");
    }
    if (fingerprint == null || fingerprint.isBlank()) {
      throw new IllegalArgumentException("a fingerprint of the body is needed");
    }
  }
}
