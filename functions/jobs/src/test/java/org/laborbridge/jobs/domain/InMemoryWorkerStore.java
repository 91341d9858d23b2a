package org.laborbridge.jobs.domain;

import org.laborbridge.shared.identity.ResidentIdentityNumber;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Workers kept in memory, with the identity-number guard as a separate entry so that a test can leave a
 * guard without its worker (a registration cut short). Not final: a test can subclass it to stage a race.
 */
class InMemoryWorkerStore implements WorkerStore {

  private final Map<ResidentIdentityNumber, String> guards = new HashMap<>();
  private final Map<String, Worker> workers = new HashMap<>();

  @Override
  public synchronized String claimIdentity(ResidentIdentityNumber identityNumber, String workerId) {
    String earlier = guards.putIfAbsent(identityNumber, workerId);
    return earlier == null ? workerId : earlier;
  }

  @Override
  public synchronized boolean insert(Worker worker) {
    return workers.putIfAbsent(worker.id(), worker) == null;
  }

  @Override
  public synchronized Optional<Worker> find(String id) {
    return Optional.ofNullable(workers.get(id));
  }

  @Override
  public synchronized boolean replace(Worker worker) {
    Worker stored = workers.get(worker.id());
    if (stored == null || stored.version() != worker.version() - 1) {
      return false;
    }
    workers.put(worker.id(), worker);
    return true;
  }

  synchronized Optional<String> guardOf(ResidentIdentityNumber identityNumber) {
    return Optional.ofNullable(guards.get(identityNumber));
  }

  synchronized int count() {
    return workers.size();
  }
}
