package org.laborbridge.jobs.api;

import org.laborbridge.jobs.domain.Partner;

/** A partner as the API returns it; its secrets never leave the platform, only how many are valid. */
public record PartnerView(String id, String name, String regionCode, String kind, int validSecrets, String callbackUrl,
    boolean enabled, String createdAt, String modifiedAt) {

  static PartnerView of(Partner partner) {
    return new PartnerView(partner.id(), partner.name(), partner.regionCode().value(), partner.kind().wireName(),
        partner.secrets().size(), partner.callbackUrl() == null ? null : partner.callbackUrl().toString(),
        partner.enabled(), partner.createdAt().toString(), partner.modifiedAt().toString());
  }
}
