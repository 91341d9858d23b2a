package org.laborbridge.shared.webhook;

/** What checking an incoming partner webhook found; only VERIFIED may be processed. */
public enum Verification {
  VERIFIED,
  /** One of webhook-id, webhook-timestamp, webhook-signature is absent or blank, or no body came. */
  MISSING_HEADERS,
  /** webhook-timestamp is not a whole number of Unix seconds. */
  MALFORMED_HEADERS,
  /** Signed more than five minutes before or after now: a replay or a badly wrong clock. */
  STALE_TIMESTAMP,
  /** No v1 signature in the header matches any current secret. */
  BAD_SIGNATURE;

  public boolean verified() {
    return this == VERIFIED;
  }
}
