package org.laborbridge.push.api;

import org.laborbridge.push.domain.SigningEndpoint;

/**
 * The answer to a registration, the one time the platform shows an endpoint's secret: the gateway verifies every
 * push with it (Standard Webhooks). Lost, it cannot be read again; register a new endpoint instead.
 */
public record RegisteredEndpointView(String id, String regionCode, String channel, String url, String status,
    String createdAt, String modifiedAt, String secret) {

  static RegisteredEndpointView of(SigningEndpoint registered) {
    EndpointView view = EndpointView.of(registered.endpoint());
    return new RegisteredEndpointView(view.id(), view.regionCode(), view.channel(), view.url(), view.status(),
        view.createdAt(), view.modifiedAt(), registered.secret().encoded());
  }

  @Override
  public String toString() {
    return "RegisteredEndpointView[id=" + id + "]";
  }
}
