package org.laborbridge.push.domain;

import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;
import org.laborbridge.shared.region.Region;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Channel endpoints, their secrets, and which serve a region. */
public interface EndpointStore {

  /** Stores a new endpoint; false when the id is taken (and then completes that endpoint's own registration). */
  boolean insert(SigningEndpoint endpoint);

  Optional<ChannelEndpoint> find(String id);

  /** The endpoint with its secret, read consistently: a 410 must stop the very next delivery. */
  Optional<SigningEndpoint> forDelivery(String id);

  Page<ChannelEndpoint> list(Region region, PageRequest page);

  /** The active endpoints serving workers from a region, every channel. */
  List<ChannelEndpoint> active(Region region);

  /** Marks the endpoint gone for good; harmless to repeat. */
  void markGone(String id, Instant now);
}
