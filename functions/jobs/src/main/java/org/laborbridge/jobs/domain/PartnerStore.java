package org.laborbridge.jobs.domain;

import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;
import org.laborbridge.shared.webhook.WebhookReceipts;

import java.util.Optional;

/** Where partners, their secrets, and the webhook deliveries already handled (by partner id) are kept. */
public interface PartnerStore extends WebhookReceipts {

  /** Stores a new partner; false when the id is taken. */
  boolean insert(Partner partner);

  Optional<Partner> find(String id);

  void replace(Partner partner);

  Page<Partner> list(PageRequest page);
}
