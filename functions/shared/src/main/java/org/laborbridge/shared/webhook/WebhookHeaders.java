package org.laborbridge.shared.webhook;

/** The three Standard Webhooks headers every partner delivery carries. */
public final class WebhookHeaders {

  /** Unique per event and the same on every retry: the receiver's idempotency key. */
  public static final String ID = "webhook-id";
  /** Unix seconds when the delivery was signed. */
  public static final String TIMESTAMP = "webhook-timestamp";
  /** One or more space-separated {@code v1,<base64>} signatures. */
  public static final String SIGNATURE = "webhook-signature";

  private WebhookHeaders() {}
}
