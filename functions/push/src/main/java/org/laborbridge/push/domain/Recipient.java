package org.laborbridge.push.domain;

import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.region.Region;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The worker a job is pushed to, as far as push needs to know: where they come from (which regional gateways
 * serve them, which staff may read their inbox), their own account, and the channels they consented to.
 * No name, identity number or phone: gateways look the worker's contact up themselves.
 */
public record Recipient(String id, Region homeRegion, Optional<String> ownerSubject, List<String> priorityGroups,
    Set<Channel> channels) {

  public Recipient {
    if (!Ids.isRecordId(id)) {
      throw new InvalidValue("workerId", "must be a worker id");
    }
    Objects.requireNonNull(homeRegion, "homeRegion");
    ownerSubject = ownerSubject.filter(s -> !s.isBlank());
    priorityGroups = List.copyOf(priorityGroups);
    channels = Set.copyOf(channels);
  }
}
