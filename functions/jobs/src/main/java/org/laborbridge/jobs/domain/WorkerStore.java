package org.laborbridge.jobs.domain;

import org.laborbridge.shared.identity.ResidentIdentityNumber;

import java.util.Optional;

/** Where workers are kept; one worker per identity number is guarded by a single conditional write. */
public interface WorkerStore {

  /**
   * Ties an identity number to a worker id unless it is tied already; returns the id it is tied to
   * (the given one when the claim is new).
   */
  String claimIdentity(ResidentIdentityNumber identityNumber, String workerId);

  /** Stores a new worker; false when it exists already. */
  boolean insert(Worker worker);

  Optional<Worker> find(String id);

  /** Stores a changed worker if the stored one is still the version before it. */
  boolean replace(Worker worker);
}
