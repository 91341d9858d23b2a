package org.laborbridge.push.domain;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

/** Ids of the things push creates: derived from what they are about, so that a retried step creates the same one. */
public final class Ids {

  /** Ids from other functions become parts of storage keys: no '#', bounded. */
  private static final Pattern RECORD_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  private Ids() {}

  public static String derivedFrom(String... parts) {
    return UUID.nameUUIDFromBytes(String.join("\u001f", parts).getBytes(StandardCharsets.UTF_8)).toString();
  }

  public static boolean isRecordId(String id) {
    return id != null && RECORD_ID.matcher(id).matches();
  }
}
