package org.laborbridge.campaigns.domain;

import java.util.List;
import java.util.Optional;

/** One page of a region's consented workers, and the cursor of the next page when there is one. */
public record AudiencePage(List<AudienceMember> members, Optional<String> next) {
  public AudiencePage {
    members = List.copyOf(members);
  }
}
