package org.laborbridge.push.domain;

import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;
import org.laborbridge.shared.problem.Conflict;
import org.laborbridge.shared.problem.NotFound;
import org.laborbridge.shared.region.Region;
import org.laborbridge.shared.time.ProgrammeClock;
import org.laborbridge.shared.webhook.WebhookSecret;

import java.net.URI;
import java.time.Instant;
import java.util.function.Supplier;

/** Staff register the regional gateways pushes go to; each gets its own signing secret, shown once. */
public final class ManageEndpoints {

  private final EndpointStore endpoints;
  private final Supplier<WebhookSecret> secrets;
  private final ProgrammeClock clock;

  public ManageEndpoints(EndpointStore endpoints, Supplier<WebhookSecret> secrets, ProgrammeClock clock) {
    this.endpoints = endpoints;
    this.secrets = secrets;
    this.clock = clock;
  }

  /** The secret is in the answer and nowhere else the platform ever shows it; a second registration is a Conflict. */
  public SigningEndpoint register(String id, Region region, Channel channel, URI url) {
    Instant now = clock.now();
    SigningEndpoint endpoint = new SigningEndpoint(
        new ChannelEndpoint(id, region, channel, url, EndpointStatus.ACTIVE, now, now), secrets.get());
    if (!endpoints.insert(endpoint)) {
      throw Conflict.alreadyExists("channel endpoint", id);
    }
    return endpoint;
  }

  public ChannelEndpoint find(String id) {
    if (!ChannelEndpoint.isId(id)) {
      throw new NotFound("channel endpoint", "with that id");
    }
    return endpoints.find(id).orElseThrow(() -> new NotFound("channel endpoint", id));
  }

  public Page<ChannelEndpoint> list(Region region, PageRequest page) {
    return endpoints.list(region, page);
  }
}
