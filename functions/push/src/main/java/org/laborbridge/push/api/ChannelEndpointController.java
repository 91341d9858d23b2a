package org.laborbridge.push.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import org.laborbridge.platform.http.Caller;
import org.laborbridge.platform.http.FieldCheck;
import org.laborbridge.platform.http.PageView;
import org.laborbridge.platform.http.Paging;
import org.laborbridge.platform.http.Roles;
import org.laborbridge.push.domain.Channel;
import org.laborbridge.push.domain.ChannelEndpoint;
import org.laborbridge.push.domain.ManageEndpoints;
import org.laborbridge.push.domain.SigningEndpoint;
import org.laborbridge.shared.access.Actor;
import org.laborbridge.shared.problem.Forbidden;
import org.laborbridge.shared.region.Region;

import java.net.URI;

/**
 * Staff register and look at their region's channel endpoints: the gateways (SMS, app, WeChat) that pushes and
 * notices are sent to, and the back-office system (SYSTEM) that notices for the region's offices are sent to.
 */
@Controller("/v1/channel-endpoints")
class ChannelEndpointController {

  private final ManageEndpoints endpoints;

  ChannelEndpointController(ManageEndpoints endpoints) {
    this.endpoints = endpoints;
  }

  @Post
  HttpResponse<RegisteredEndpointView> registerEndpoint(@Caller Actor actor, @Body EndpointBody body) {
    Roles.require(actor, Actor.Role.STAFF);
    FieldCheck check = new FieldCheck();
    if (body.id() == null || body.id().isBlank()) {
      check.fail("id", "is required");
    }
    Region region = check.required("regionCode", body.regionCode(), Region::ofCode);
    Channel channel = check.oneOf("channel", body.channel(), Channel.class);
    URI url = check.required("url", body.url(), ChannelEndpoint::url);
    check.throwIfAny();
    if (!actor.isStaffOf(region)) {
      // An endpoint receives every push or notice for its region: only that region's staff may name it.
      throw new Forbidden("only staff of region " + region.code() + " may register its channel endpoints");
    }
    SigningEndpoint registered = check.value("", () -> endpoints.register(body.id(), region, channel, url));
    check.throwIfAny();
    return HttpResponse.created(RegisteredEndpointView.of(registered),
        URI.create("/v1/channel-endpoints/" + registered.endpoint().id()));
  }

  @Get
  PageView<EndpointView> listEndpoints(@Caller Actor actor, @Nullable @QueryValue String region,
      @Nullable @QueryValue String cursor, @Nullable @QueryValue String limit) {
    Roles.require(actor, Actor.Role.STAFF);
    FieldCheck check = new FieldCheck();
    Region of = region == null ? actor.region().orElse(null) : check.value("region", () -> Region.ofCode(region));
    if (of == null && check.ok()) {
      check.fail("region", "is required (or sign in with a region)");
    }
    check.throwIfAny();
    return PageView.of(endpoints.list(of, Paging.of(cursor, limit)), EndpointView::of);
  }

  @Get("/{id}")
  EndpointView getEndpoint(@Caller Actor actor, String id) {
    Roles.require(actor, Actor.Role.STAFF);
    return EndpointView.of(endpoints.find(id));
  }
}
