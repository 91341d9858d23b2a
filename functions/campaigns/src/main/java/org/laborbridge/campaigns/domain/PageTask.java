package org.laborbridge.campaigns.domain;

import java.util.Optional;

/** "Read the next page of this fan-out": one message on the campaigns queue. */
public record PageTask(RunKey key, Optional<String> cursor) {

  public static final String FIRST_PAGE = "first";

  /** The message id: the same page of the same fan-out always has the same id. */
  public String id() {
    return Ids.derivedFrom("campaign.audience.page", key.campaignId(), key.day().toString(), key.region().code(),
        cursor.orElse(FIRST_PAGE));
  }
}
