package org.laborbridge.fairs.domain;

import org.laborbridge.shared.region.Region;

import java.util.Optional;

/** What the fairs function may know of a registered worker: where they come from and which account is theirs. */
public interface WorkerDirectory {

  /** @param ownerSubject the worker's own account, when they registered themselves */
  record WorkerCard(String workerId, Region homeRegion, Optional<String> ownerSubject) {}

  Optional<WorkerCard> find(String workerId);
}
