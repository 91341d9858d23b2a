package org.laborbridge.campaigns.domain;

import org.laborbridge.shared.region.Region;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The fairs function's fairs, read only. */
public interface FairDirectory {

  Optional<FairCard> find(String fairId);

  /** Up to {@code max} fairs of a region starting in [from, to), soonest first, cancelled ones included. */
  List<FairCard> startingBetween(Region region, Instant from, Instant to, int max);
}
