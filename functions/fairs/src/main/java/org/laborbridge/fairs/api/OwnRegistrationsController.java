package org.laborbridge.fairs.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import org.laborbridge.fairs.domain.RegisterForFair;
import org.laborbridge.platform.http.Caller;
import org.laborbridge.platform.http.PageView;
import org.laborbridge.platform.http.Paging;
import org.laborbridge.shared.access.Actor;

import java.util.Optional;

/** "My fairs": a worker's registrations at every fair (or an employer's booths), the latest first, with each fair. */
@Controller("/v1/fair-registrations")
class OwnRegistrationsController {

  private final RegisterForFair registrations;

  OwnRegistrationsController(RegisterForFair registrations) {
    this.registrations = registrations;
  }

  @Get
  PageView<OwnRegistrationView> listOwnRegistrations(@Caller Actor actor, @Nullable @QueryValue String workerId,
      @Nullable @QueryValue String cursor, @Nullable @QueryValue String limit) {
    return PageView.of(registrations.listOwn(actor, Optional.ofNullable(workerId).filter(w -> !w.isBlank()),
        Paging.of(cursor, limit)), OwnRegistrationView::of);
  }
}
