package org.laborbridge.jobs.api;

import org.laborbridge.platform.http.Caller;
import org.laborbridge.platform.http.Roles;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import org.laborbridge.shared.access.Actor;
import org.laborbridge.jobs.domain.ManageWorkers;
import org.laborbridge.jobs.domain.RegisterWorker;
import org.laborbridge.jobs.domain.RegisteredBy;

import java.net.URI;
import java.time.Clock;

/** Job seekers: register (themselves, or by staff), read, and change preferences and consent. */
@Controller("/v1/workers")
class WorkerController {

  private final RegisterWorker registerWorker;
  private final ManageWorkers manageWorkers;
  private final Clock clock;

  WorkerController(RegisterWorker registerWorker, ManageWorkers manageWorkers, Clock clock) {
    this.registerWorker = registerWorker;
    this.manageWorkers = manageWorkers;
    this.clock = clock;
  }

  @Post
  HttpResponse<WorkerView> registerWorker(@Caller Actor actor, @Body WorkerBody body) {
    Roles.require(actor, Actor.Role.WORKER, Actor.Role.STAFF);
    RegisteredBy by = new RegisteredBy(actor.has(Actor.Role.WORKER) ? RegisteredBy.Kind.SELF : RegisteredBy.Kind.STAFF,
        actor.subject());
    RegisterWorker.Registered registered = registerWorker.register(body.toDomain(clock), by);
    return HttpResponse.created(WorkerView.of(registered.worker(), actor), URI.create("/v1/workers/" + registered.worker().id()));
  }

  @Get("/{id}")
  WorkerView getWorker(@Caller Actor actor, String id) {
    return WorkerView.of(manageWorkers.read(id, actor), actor);
  }

  @Patch("/{id}")
  WorkerView changeWorker(@Caller Actor actor, String id, @Body WorkerPatchBody body) {
    return WorkerView.of(manageWorkers.changePreferences(id, actor, body.toChange()), actor);
  }
}
