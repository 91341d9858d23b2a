package org.laborbridge.push.api;

import org.laborbridge.push.domain.ChannelEndpoint;

/** A channel endpoint as the API returns it: never its secret. */
public record EndpointView(String id, String regionCode, String channel, String url, String status, String createdAt,
    String modifiedAt) {

  static EndpointView of(ChannelEndpoint endpoint) {
    return new EndpointView(endpoint.id(), endpoint.region().code(), endpoint.channel().name(), endpoint.url().toString(),
        endpoint.status().name(), endpoint.createdAt().toString(), endpoint.modifiedAt().toString());
  }
}
