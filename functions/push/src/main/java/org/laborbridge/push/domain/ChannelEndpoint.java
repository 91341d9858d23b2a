package org.laborbridge.push.domain;

import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.region.Region;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A partner's system that takes signed webhooks for one channel and one region: a regional gateway (SMS, app,
 * WeChat; e.g. Sichuan's SMS gateway), through which the workers whose home region it serves get their pushes and
 * notices, or a region's back-office system (SYSTEM), which gets notices for its offices. Each signs with the
 * endpoint's own secret (kept apart, see {@link SigningEndpoint}).
 */
public record ChannelEndpoint(String id, Region region, Channel channel, URI url, EndpointStatus status,
    Instant createdAt, Instant modifiedAt) {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,38}[a-z0-9]");
  private static final int MAX_URL_LENGTH = 2000;

  public ChannelEndpoint {
    if (id == null || !ID.matcher(id).matches()) {
      throw new InvalidValue("id", "must be 3 to 40 lower-case letters, digits or hyphens");
    }
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(channel, "channel");
    if (!channel.throughGateway()) {
      throw new InvalidValue("channel", "the inbox is the platform's own: an endpoint serves SMS, APP, WECHAT or SYSTEM");
    }
    checkUrl(url);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(modifiedAt, "modifiedAt");
  }

  /** An https URL with a host and no user name or password in it: what a gateway is reached at. */
  public static URI url(String text) {
    try {
      URI url = new URI(text.trim());
      checkUrl(url);
      return url;
    } catch (URISyntaxException e) {
      throw new InvalidValue("url", "must be an https URL");
    }
  }

  private static void checkUrl(URI url) {
    if (url == null || !"https".equalsIgnoreCase(url.getScheme()) || url.getHost() == null || url.getUserInfo() != null
        || url.getFragment() != null || url.getPort() == 0 || url.getPort() < -1 || url.getPort() > 65535
        || url.toString().length() > MAX_URL_LENGTH) {
      throw new InvalidValue("url", "must be an https URL with a host, a valid port, no credentials and no fragment");
    }
  }

  public static boolean isId(String id) {
    return id != null && ID.matcher(id).matches();
  }

  public boolean active() {
    return status == EndpointStatus.ACTIVE;
  }

  ChannelEndpoint gone(Instant now) {
    return new ChannelEndpoint(id, region, channel, url, EndpointStatus.GONE, createdAt, now);
  }
}
