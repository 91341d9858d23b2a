package org.laborbridge.reports.domain;

import org.laborbridge.shared.region.Region;

import java.util.Objects;

/** Workers moving from their home region towards another region's jobs or fairs. */
public record Flow(Region home, Region destination) {
  public Flow {
    Objects.requireNonNull(home, "home");
    Objects.requireNonNull(destination, "destination");
  }
}
