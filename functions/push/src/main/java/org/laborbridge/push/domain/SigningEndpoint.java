package org.laborbridge.push.domain;

import org.laborbridge.shared.webhook.WebhookSecret;

import java.util.Objects;

/** An endpoint with the secret its deliveries are signed with; only delivery and registration ever hold one. */
public record SigningEndpoint(ChannelEndpoint endpoint, WebhookSecret secret) {
  public SigningEndpoint {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(secret, "secret");
  }

  @Override
  public String toString() {
    return "SigningEndpoint[" + endpoint.id() + "]";
  }
}
