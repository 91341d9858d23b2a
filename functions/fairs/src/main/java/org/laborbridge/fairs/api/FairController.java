package org.laborbridge.fairs.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import org.laborbridge.fairs.domain.Fair;
import org.laborbridge.fairs.domain.ManageFairs;
import org.laborbridge.platform.http.Caller;
import org.laborbridge.platform.http.Dates;
import org.laborbridge.platform.http.FieldCheck;
import org.laborbridge.platform.http.PageView;
import org.laborbridge.platform.http.Paging;
import org.laborbridge.platform.http.Roles;
import org.laborbridge.shared.access.Actor;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.region.Region;
import org.laborbridge.shared.time.ProgrammeClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Staff plan, change and cancel fairs; everyone signed in finds them by region and dates. */
@Controller("/v1/fairs")
class FairController {

  private static final Logger LOG = LoggerFactory.getLogger(FairController.class);
  /** A list covers at most a year: enough for a campaign calendar, small enough to page quickly. */
  static final Duration LONGEST_RANGE = Duration.ofDays(366);
  static final int MAX_REASON = 500;

  private final ManageFairs fairs;
  private final ProgrammeClock clock;

  FairController(ManageFairs fairs, ProgrammeClock clock) {
    this.fairs = fairs;
    this.clock = clock;
  }

  @Post
  HttpResponse<FairView> planFair(@Caller Actor actor, @Body FairBody body,
      @Nullable @Header("Idempotency-Key") String idempotencyKey) {
    Roles.require(actor, Actor.Role.STAFF);
    if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
      throw new InvalidValue("Idempotency-Key", "must be 1 to 200 characters");
    }
    ManageFairs.Planned planned = fairs.plan(actor, body.toPlan(), Optional.ofNullable(idempotencyKey));
    Fair fair = planned.fair();
    LOG.info("fair.planned outcome={} fair={} region={}", planned.created() ? "CREATED" : "EXISTING", fair.id(),
        fair.plan().region().code());
    FairView view = FairView.of(fair, clock.now());
    return planned.created() ? HttpResponse.created(view, URI.create("/v1/fairs/" + fair.id())) : HttpResponse.ok(view);
  }

  @Get
  PageView<FairView> listFairs(@Caller Actor actor, @Nullable @QueryValue String region, @Nullable @QueryValue String from,
      @Nullable @QueryValue String to, @Nullable @QueryValue String cursor, @Nullable @QueryValue String limit) {
    FieldCheck check = new FieldCheck();
    Region of = region == null ? actor.region().orElse(null) : check.value("region", () -> Region.ofCode(region));
    if (of == null && check.ok()) {
      check.fail("region", "is required (or sign in with a region)");
    }
    Instant now = clock.now();
    Instant start = from == null ? now.minus(Duration.ofDays(1)) : check.value("from", () -> Dates.instant("from", from));
    Instant end = to == null ? null : check.value("to", () -> Dates.instant("to", to));
    check.throwIfAny();
    Instant until = end == null ? start.plus(LONGEST_RANGE) : end;
    if (!until.isAfter(start)) {
      throw new InvalidValue("to", "must be after from");
    }
    if (until.isAfter(start.plus(LONGEST_RANGE))) {
      throw new InvalidValue("to", "must be at most 366 days after from");
    }
    return PageView.of(fairs.list(of, start, until, Paging.of(cursor, limit)), fair -> FairView.of(fair, now));
  }

  @Get("/{id}")
  FairView getFair(@Caller Actor actor, String id) {
    return FairView.of(fairs.find(id), clock.now());
  }

  @Put("/{id}")
  FairView changeFair(@Caller Actor actor, String id, @Body FairBody body) {
    Roles.require(actor, Actor.Role.STAFF);
    Fair changed = fairs.replan(actor, id, body.toPlan());
    LOG.info("fair.changed fair={} version={}", changed.id(), changed.version());
    return FairView.of(changed, clock.now());
  }

  @Post("/{id}/cancel")
  FairView cancelFair(@Caller Actor actor, String id, @Nullable @Body CancelBody body) {
    Roles.require(actor, Actor.Role.STAFF);
    String reason = body == null || body.reason() == null ? null : body.reason().strip();
    if (reason != null && reason.length() > MAX_REASON) {
      throw new InvalidValue("reason", "must be at most " + MAX_REASON + " characters");
    }
    Fair cancelled = fairs.cancel(actor, id, reason);
    LOG.info("fair.cancelled fair={}", cancelled.id());
    return FairView.of(cancelled, clock.now());
  }
}
