package org.laborbridge.campaigns.domain;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

/** Ids the campaigns function makes and checks. Derived ids make a retried step produce the same message. */
public final class Ids {

  /** Campaign ids are chosen by staff, appear in URLs and keys, and are what fairs name as their campaignId. */
  private static final Pattern CAMPAIGN_ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,63}");
  /** Ids of other functions' records become parts of keys and message ids: no '#', bounded. */
  private static final Pattern RECORD_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  private Ids() {}

  public static boolean isCampaignId(String id) {
    return id != null && CAMPAIGN_ID.matcher(id).matches();
  }

  public static boolean isRecordId(String id) {
    return id != null && RECORD_ID.matcher(id).matches();
  }

  /** The same parts always give the same id: a name-based UUID. */
  public static String derivedFrom(String... parts) {
    return UUID.nameUUIDFromBytes(String.join("\u001f", parts).getBytes(StandardCharsets.UTF_8)).toString();
  }
}
