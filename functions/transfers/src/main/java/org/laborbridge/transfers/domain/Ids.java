package org.laborbridge.transfers.domain;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

/** Transfer and document ids: random, or derived from an Idempotency-Key so that a retried application lands on one record. */
public final class Ids {

  private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private Ids() {}

  public static String random() {
    return UUID.randomUUID().toString();
  }

  public static String derivedFrom(String... parts) {
    return UUID.nameUUIDFromBytes(String.join("\u001f", parts).getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** Anything else in a path cannot name a record: it is not found, without touching the table. */
  public static boolean wellFormed(String id) {
    return id != null && ID.matcher(id).matches();
  }
}
