package org.laborbridge.jobs.domain;

import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.region.CountyCode;
import org.laborbridge.shared.webhook.WebhookSecret;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An organisation whose systems exchange data with the platform by signed webhooks: a region's human
 * resources and social security department, an HR agency, a labor company, cooperative or broker.
 * Several secrets may be valid at once so that a partner can rotate keys without downtime.
 */
public record Partner(
    String id,
    String name,
    CountyCode regionCode,
    PartnerKind kind,
    List<WebhookSecret> secrets,
    URI callbackUrl,
    boolean enabled,
    Instant createdAt,
    Instant modifiedAt) {

  public static final int MAX_SECRETS = 3;
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,38}[a-z0-9]");

  public Partner {
    if (id == null || !ID.matcher(id).matches()) {
      throw new InvalidValue("id", "must be 3 to 40 lower-case letters, digits or hyphens");
    }
    name = Text.required("name", name, 200);
    Objects.requireNonNull(regionCode, "regionCode");
    Objects.requireNonNull(kind, "kind");
    secrets = checkedSecrets(secrets);
    if (callbackUrl != null && !"https".equals(callbackUrl.getScheme())) {
      throw new InvalidValue("callbackUrl", "must be an https URL");
    }
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(modifiedAt, "modifiedAt");
  }

  static List<WebhookSecret> checkedSecrets(List<WebhookSecret> secrets) {
    if (secrets == null || secrets.isEmpty() || secrets.size() > MAX_SECRETS) {
      throw new InvalidValue("secrets", "give between 1 and " + MAX_SECRETS + " secrets");
    }
    return List.copyOf(secrets);
  }

  Partner withSecrets(List<WebhookSecret> rotated, Instant now) {
    return new Partner(id, name, regionCode, kind, rotated, callbackUrl, enabled, createdAt, now);
  }

  Partner withEnabled(boolean on, Instant now) {
    return new Partner(id, name, regionCode, kind, secrets, callbackUrl, on, createdAt, now);
  }

  @Override
  public String toString() {
    return "Partner[id=" + id + ", kind=" + kind + ", enabled=" + enabled + "]";
  }
}
