package org.laborbridge.jobs.domain;

import org.laborbridge.shared.access.Actor;

import org.laborbridge.shared.problem.Conflict;
import org.laborbridge.shared.problem.Forbidden;
import org.laborbridge.shared.problem.NotFound;
import org.laborbridge.shared.time.ProgrammeClock;

import java.util.function.UnaryOperator;

/**
 * Reading a worker and changing their preferences. A worker reads and changes only themself; staff of the
 * worker's home region may read.
 */
public final class ManageWorkers {

  private static final int ATTEMPTS = 5;

  private final WorkerStore workers;
  private final ProgrammeEvents events;
  private final ProgrammeClock clock;

  public ManageWorkers(WorkerStore workers, ProgrammeEvents events, ProgrammeClock clock) {
    this.workers = workers;
    this.events = events;
    this.clock = clock;
  }

  public Worker read(String id, Actor actor) {
    Worker worker = workers.find(id).orElseThrow(() -> new NotFound("worker", id));
    if (!worker.ownedBy(actor.subject()) && !actor.isStaffOf(worker.homeRegion())) {
      throw new Forbidden("a worker's record is open to the worker and to staff of the worker's home region");
    }
    return worker;
  }

  public Worker changePreferences(String id, Actor actor, UnaryOperator<WorkerPreferences> change) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Worker worker = workers.find(id).orElseThrow(() -> new NotFound("worker", id));
      if (!worker.ownedBy(actor.subject())) {
        throw new Forbidden("only the worker may change their preferences and consent");
      }
      WorkerPreferences changed = change.apply(worker.preferences());
      if (changed.equals(worker.preferences())) {
        return worker;
      }
      Worker updated = worker.withPreferences(changed, clock.now());
      if (workers.replace(updated)) {
        events.workerUpdated(updated);
        return updated;
      }
    }
    throw new Conflict("worker " + id + " is being changed elsewhere; try again");
  }
}
