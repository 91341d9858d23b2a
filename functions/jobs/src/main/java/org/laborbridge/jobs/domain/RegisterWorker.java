package org.laborbridge.jobs.domain;

import org.laborbridge.shared.problem.Conflict;
import org.laborbridge.shared.time.ProgrammeClock;

import java.time.Instant;
import java.util.Optional;

/** Registers a job seeker, one per identity number, and tells matching about them. */
public final class RegisterWorker {

  private final WorkerStore workers;
  private final ProgrammeEvents events;
  private final ProgrammeActivity activity;
  private final ProgrammeClock clock;

  public RegisterWorker(WorkerStore workers, ProgrammeEvents events, ProgrammeClock clock) {
    this(workers, events, ProgrammeActivity.NONE, clock);
  }

  public RegisterWorker(WorkerStore workers, ProgrammeEvents events, ProgrammeActivity activity, ProgrammeClock clock) {
    this.workers = workers;
    this.events = events;
    this.activity = activity;
    this.clock = clock;
  }

  public record Registered(Worker worker, boolean repeated) {}

  /** By the worker's own account, or by staff on their behalf: a second registration is a conflict. */
  public Registered register(WorkerRegistration registration, RegisteredBy by) {
    return register(Ids.random(), registration, by);
  }

  /**
   * By a partner's system: the id follows from the partner and the delivery, so that a redelivered or
   * concurrently repeated webhook finishes the same registration instead of conflicting with itself.
   */
  public Registered registerForPartner(String partnerId, String deliveryId, WorkerRegistration registration) {
    return register(Ids.derivedFrom("partner-worker", partnerId, deliveryId), registration,
        new RegisteredBy(RegisteredBy.Kind.PARTNER, partnerId));
  }

  private Registered register(String newId, WorkerRegistration registration, RegisteredBy by) {
    // The guard item comes first: it alone decides who owns the identity number.
    String ownerId = workers.claimIdentity(registration.identityNumber(), newId);
    Optional<Worker> existing = workers.find(ownerId);
    if (!ownerId.equals(newId)) {
      if (existing.isPresent()) {
        throw Conflict.alreadyExists("worker", ownerId);
      }
      // The first registration stopped after its guard: this one completes it under the guarded id.
    } else if (existing.isPresent()) {
      events.workerRegistered(existing.get());
      return new Registered(existing.get(), true);
    }
    Instant now = clock.now();
    Worker worker = new Worker(ownerId, registration.name(), registration.identityNumber(), registration.phone(),
        registration.homeCounty(), registration.preferences(), by, now, now, 1);
    if (!workers.insert(worker)) {
      // The same registration (same derived id), running alongside, stored it first.
      Worker first = workers.find(ownerId).orElseThrow(() -> Conflict.alreadyExists("worker", ownerId));
      events.workerRegistered(first);
      return new Registered(first, true);
    }
    activity.workerRegistered(worker);
    events.workerRegistered(worker);
    return new Registered(worker, false);
  }
}
