package org.laborbridge.fairs.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import org.laborbridge.fairs.domain.CheckIn;
import org.laborbridge.fairs.domain.CheckInCode;
import org.laborbridge.fairs.domain.RegisterForFair;
import org.laborbridge.fairs.domain.Registration;
import org.laborbridge.platform.http.Caller;
import org.laborbridge.platform.http.PageView;
import org.laborbridge.platform.http.Paging;
import org.laborbridge.platform.http.Roles;
import org.laborbridge.shared.access.Actor;
import org.laborbridge.shared.problem.InvalidValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;

/**
 * Taking a seat or a booth (201 confirmed, 202 waitlisted with a position, 200 for a registration there already),
 * looking at it, giving it back, and checking in at the door.
 */
@Controller("/v1/fairs/{id}")
class RegistrationController {

  private static final Logger LOG = LoggerFactory.getLogger(RegistrationController.class);

  private final RegisterForFair registrations;
  private final CheckIn checkIn;

  RegistrationController(RegisterForFair registrations, CheckIn checkIn) {
    this.registrations = registrations;
    this.checkIn = checkIn;
  }

  @Post("/registrations")
  HttpResponse<RegistrationView> register(@Caller Actor actor, String id, @Nullable @Body RegistrationBody body) {
    Roles.require(actor, Actor.Role.WORKER, Actor.Role.STAFF, Actor.Role.EMPLOYER);
    boolean worker = body != null && body.workerId() != null;
    boolean employer = body != null && body.jobIds() != null;
    if (worker == employer) {
      throw new InvalidValue("workerId", "give workerId (a seat) or jobIds (a booth), not both");
    }
    RegisterForFair.Placed placed = worker
        ? registrations.registerWorker(actor, id, body.workerId())
        : registrations.registerEmployer(actor, id, body.jobIds());
    Registration registration = placed.registration();
    LOG.info("fair.registered outcome={} fair={} registration={} place={}{}",
        placed.created() ? registration.status() : "EXISTING", id, registration.id(), registration.place(),
        placed.position().isPresent() ? " position=" + placed.position().getAsInt() : "");
    RegistrationView view = RegistrationView.of(placed);
    if (!placed.created()) {
      return HttpResponse.ok(view);
    }
    URI location = URI.create("/v1/fairs/" + id + "/registrations/" + registration.id());
    return switch (registration.status()) {
      case WAITLISTED -> HttpResponse.<RegistrationView>status(HttpStatus.ACCEPTED).body(view)
          .headers(h -> h.location(location));
      default -> HttpResponse.created(view, location);
    };
  }

  @Get("/registrations")
  PageView<RegistrationView> listRegistrations(@Caller Actor actor, String id, @Nullable @QueryValue String cursor,
      @Nullable @QueryValue String limit) {
    Roles.require(actor, Actor.Role.STAFF);
    return PageView.of(registrations.list(actor, id, Paging.of(cursor, limit)), RegistrationView::of);
  }

  @Get("/registrations/{registrationId}")
  RegistrationView getRegistration(@Caller Actor actor, String id, String registrationId) {
    return RegistrationView.of(registrations.find(actor, id, registrationId));
  }

  @Post("/registrations/{registrationId}/cancel")
  RegistrationView cancelRegistration(@Caller Actor actor, String id, String registrationId) {
    Registration cancelled = registrations.cancel(actor, id, registrationId);
    LOG.info("fair.registration.cancelled fair={} registration={}", id, registrationId);
    return RegistrationView.of(cancelled);
  }

  @Post("/check-ins")
  RegistrationView checkIn(@Caller Actor actor, String id, @Nullable @Body CheckInBody body) {
    Roles.require(actor, Actor.Role.STAFF);
    CheckInCode code = CheckInCode.parse(body == null ? null : fromQr(body.code(), id));
    Registration registration = checkIn.checkIn(actor, id, code);
    LOG.info("fair.checked_in fair={} registration={}", id, registration.id());
    return RegistrationView.of(registration);
  }

  /** A scanned QR payload names its fair: one from another fair is refused, not looked up. */
  private static String fromQr(String text, String fairId) {
    if (text == null || !text.startsWith("LBFAIR1:")) {
      return text;
    }
    String[] parts = text.split(":");
    if (parts.length != 3 || !parts[1].equals(fairId)) {
      throw new InvalidValue(CheckInCode.FIELD, "is the QR code of another fair");
    }
    return parts[2];
  }
}
