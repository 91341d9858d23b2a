package org.laborbridge.push.domain;

import org.laborbridge.shared.access.Actor;
import org.laborbridge.shared.region.Region;

import java.util.Optional;

/** Who may read a worker's inbox: the worker's own account, and staff of the worker's home region. */
public record WorkerAccess(String workerId, Region homeRegion, Optional<String> ownerSubject) {

  public boolean ownedBy(Actor actor) {
    return ownerSubject.map(actor.subject()::equals).orElse(false);
  }

  public boolean readableBy(Actor actor) {
    return ownedBy(actor) || actor.isStaffOf(homeRegion);
  }
}
