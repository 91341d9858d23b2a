package org.laborbridge.transfers.domain;

import org.laborbridge.shared.region.Region;
import org.laborbridge.shared.webhook.WebhookSecret;

import java.util.List;
import java.util.Optional;

/** The partners registered with the platform (the jobs function keeps them), as transfers needs them. */
public interface PartnerDirectory {

  /** @param hrDepartment only a region's human resources and social security department handles transfers */
  record RegionPartner(String id, Region region, boolean hrDepartment, boolean enabled, List<WebhookSecret> secrets) {}

  Optional<RegionPartner> find(String partnerId);
}
