package org.laborbridge.transfers.domain;

import org.laborbridge.shared.region.Region;

import java.util.Optional;

/** What transfers may know of a worker (read from the jobs function's records): the id, home region and own account. */
public interface WorkerDirectory {

  /** @param ownAccount the worker's own account when they registered themselves */
  record WorkerRef(String id, Region homeRegion, Optional<String> ownAccount) {}

  Optional<WorkerRef> find(String workerId);
}
