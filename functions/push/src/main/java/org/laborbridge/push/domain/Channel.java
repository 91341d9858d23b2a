package org.laborbridge.push.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The ways a job reaches a worker: the platform's own inbox, and the regional gateways (SMS, app, WeChat) that
 * partners run behind signed webhooks.
 */
public enum Channel {
  INBOX, SMS, APP, WECHAT;

  /** The channel named by a message or a request, any case; empty for a name this platform does not know. */
  public static Optional<Channel> find(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.trim().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(c -> c.name().equals(wanted)).findFirst();
  }

  /** Whether pushes on this channel leave the platform as a signed webhook to a regional gateway. */
  public boolean throughGateway() {
    return this != INBOX;
  }
}
