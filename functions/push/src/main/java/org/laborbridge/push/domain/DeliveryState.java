package org.laborbridge.push.domain;

/** Where a webhook delivery stands; the last three are final. */
public enum DeliveryState {
  /** An attempt holds the delivery (until its lease ends). */
  SENDING,
  /** An attempt failed in a way worth retrying; the next one is queued or parked. */
  RETRYING,
  DELIVERED,
  /** The endpoint answered 410 (or was already gone): nothing more goes to it. */
  GONE,
  /** Refused (a 4xx other than 410 and 429), no endpoint, or every attempt failed. */
  FAILED;

  public boolean isFinal() {
    return this == DELIVERED || this == GONE || this == FAILED;
  }
}
