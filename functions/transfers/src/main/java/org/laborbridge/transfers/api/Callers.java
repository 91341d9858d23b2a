package org.laborbridge.transfers.api;

import org.laborbridge.shared.access.Actor;
import org.laborbridge.shared.problem.Forbidden;
import org.laborbridge.transfers.domain.By;

/** Who a signed-in caller is to a transfer: staff of their region, or a worker's own account. */
final class Callers {
  private Callers() {}

  static By by(Actor actor) {
    if (actor.has(Actor.Role.STAFF) && actor.region().isPresent()) {
      return By.staff(actor.subject(), actor.region().get());
    }
    if (actor.has(Actor.Role.WORKER)) {
      return By.worker(actor.subject());
    }
    throw new Forbidden("this needs the role worker, or staff with a region");
  }
}
