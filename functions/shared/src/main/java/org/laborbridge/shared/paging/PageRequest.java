package org.laborbridge.shared.paging;

import org.laborbridge.shared.problem.InvalidValue;

import java.util.Optional;

/** Which page a caller wants: an opaque cursor from the previous page, and a capped size. */
public record PageRequest(Optional<String> cursor, int limit) {

  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;

  public PageRequest {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidValue("limit", "must be between 1 and " + MAX_LIMIT);
    }
  }

  public static PageRequest first(int limit) {
    return new PageRequest(Optional.empty(), limit);
  }
}
