package org.laborbridge.jobs.domain;

import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;

import org.laborbridge.shared.problem.Conflict;
import org.laborbridge.shared.problem.NotFound;
import org.laborbridge.shared.region.CountyCode;
import org.laborbridge.shared.time.ProgrammeClock;
import org.laborbridge.shared.webhook.WebhookSecret;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/** Staff register partners, list them, switch them off and on, and rotate their webhook secrets. */
public final class ManagePartners {

  private final PartnerStore partners;
  private final ProgrammeClock clock;

  public ManagePartners(PartnerStore partners, ProgrammeClock clock) {
    this.partners = partners;
    this.clock = clock;
  }

  public Partner register(String id, String name, CountyCode regionCode, PartnerKind kind, List<WebhookSecret> secrets,
      URI callbackUrl) {
    Instant now = clock.now();
    Partner partner = new Partner(id, name, regionCode, kind, secrets, callbackUrl, true, now, now);
    if (!partners.insert(partner)) {
      throw Conflict.alreadyExists("partner", id);
    }
    return partner;
  }

  public Partner find(String id) {
    return partners.find(id).orElseThrow(() -> new NotFound("partner", id));
  }

  public Page<Partner> list(PageRequest page) {
    return partners.list(page);
  }

  public Partner setEnabled(String id, boolean enabled) {
    Partner partner = find(id);
    if (partner.enabled() == enabled) {
      return partner;
    }
    Partner changed = partner.withEnabled(enabled, clock.now());
    partners.replace(changed);
    return changed;
  }

  /** Replaces the set of valid secrets: list old and new together while the partner switches over. */
  public Partner rotateSecrets(String id, List<WebhookSecret> secrets) {
    Partner changed = find(id).withSecrets(Partner.checkedSecrets(secrets), clock.now());
    partners.replace(changed);
    return changed;
  }
}
