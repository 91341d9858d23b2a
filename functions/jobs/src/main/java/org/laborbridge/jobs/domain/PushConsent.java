package org.laborbridge.jobs.domain;

import org.laborbridge.shared.problem.InvalidValue;

import java.util.Set;

/** Whether a worker wants job pushes at all, and through which channels: no consent, no push. */
public record PushConsent(boolean granted, Set<Channel> channels) {

  public enum Channel { INBOX, SMS, APP, WECHAT }

  public PushConsent {
    channels = channels == null ? Set.of() : Set.copyOf(channels);
    if (granted && channels.isEmpty()) {
      throw new InvalidValue("consent.channels", "name at least one channel when consenting to pushes");
    }
    if (!granted) {
      channels = Set.of();
    }
  }

  public static PushConsent none() {
    return new PushConsent(false, Set.of());
  }
}
