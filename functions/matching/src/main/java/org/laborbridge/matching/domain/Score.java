package org.laborbridge.matching.domain;

import org.laborbridge.shared.problem.InvalidValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * How well a worker fits a job, in points with two decimals, and the reasons, in the words a push shows.
 */
public record Score(BigDecimal points, List<String> reasons) {

  public Score {
    Objects.requireNonNull(points, "points");
    if (points.signum() < 0) {
      throw new InvalidValue("score", "must be zero or more");
    }
    points = points.setScale(2, RoundingMode.HALF_UP);
    reasons = List.copyOf(reasons);
  }
}
