package org.laborbridge.push.domain;

import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;
import org.laborbridge.shared.region.Region;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Channel endpoints in memory, in id order. */
class InMemoryEndpointStore implements EndpointStore {

  final Map<String, SigningEndpoint> endpoints = new TreeMap<>();

  @Override
  public synchronized boolean insert(SigningEndpoint endpoint) {
    return endpoints.putIfAbsent(endpoint.endpoint().id(), endpoint) == null;
  }

  @Override
  public synchronized Optional<ChannelEndpoint> find(String id) {
    return Optional.ofNullable(endpoints.get(id)).map(SigningEndpoint::endpoint);
  }

  @Override
  public synchronized Optional<SigningEndpoint> forDelivery(String id) {
    return Optional.ofNullable(endpoints.get(id));
  }

  @Override
  public synchronized Page<ChannelEndpoint> list(Region region, PageRequest page) {
    return new Page<>(active(region), Optional.empty());
  }

  @Override
  public synchronized List<ChannelEndpoint> active(Region region) {
    return endpoints.values().stream().map(SigningEndpoint::endpoint).filter(e -> e.region() == region && e.active()).toList();
  }

  @Override
  public synchronized void markGone(String id, Instant now) {
    SigningEndpoint endpoint = endpoints.get(id);
    if (endpoint != null && endpoint.endpoint().active()) {
      endpoints.put(id, new SigningEndpoint(endpoint.endpoint().gone(now), endpoint.secret()));
    }
  }
}
