package org.laborbridge.jobs.domain;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Record ids. Where a request can be repeated (an Idempotency-Key, a partner's own job reference) the id is
 * derived from what identifies the request, so every retry lands on the same record.
 */
public final class Ids {
  private Ids() {}

  public static String random() {
    return UUID.randomUUID().toString();
  }

  public static String derivedFrom(String... parts) {
    return UUID.nameUUIDFromBytes(String.join("\u001f", parts).getBytes(StandardCharsets.UTF_8)).toString();
  }
}
