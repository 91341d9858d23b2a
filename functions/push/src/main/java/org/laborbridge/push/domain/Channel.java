package org.laborbridge.push.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the platform sends what it has to tell: the platform's own inbox, the regional gateways (SMS, app,
 * WeChat) that reach workers, and a partner region's back-office system (HR / social security) that reaches its
 * staff. Everything but the inbox is a channel endpoint behind signed webhooks.
 */
public enum Channel {
  INBOX, SMS, APP, WECHAT,
  /** A region's back-office system: it takes notices (transfers, fairs) for the region's offices, never job pushes. */
  SYSTEM;

  /** The channel named by a message or a request, any case; empty for a name this platform does not know. */
  public static Optional<Channel> find(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.trim().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(c -> c.name().equals(wanted)).findFirst();
  }

  /** Whether what goes on this channel leaves the platform as a signed webhook to a channel endpoint. */
  public boolean throughGateway() {
    return this != INBOX;
  }

  /**
   * Whether a worker can consent to be reached on this channel, and so whether job pushes may use it. A
   * back-office system serves the region's offices: no worker ever consents to it.
   */
  public boolean reachesWorkers() {
    return this != SYSTEM;
  }
}
