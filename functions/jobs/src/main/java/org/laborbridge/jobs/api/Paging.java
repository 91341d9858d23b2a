package org.laborbridge.jobs.api;

import org.laborbridge.jobs.domain.PageRequest;
import org.laborbridge.shared.problem.InvalidValue;

import java.util.Optional;

/** Reads the cursor and limit query parameters every list takes. */
final class Paging {
  private Paging() {}

  static PageRequest of(String cursor, String limit) {
    int size = PageRequest.DEFAULT_LIMIT;
    if (limit != null && !limit.isBlank()) {
      try {
        size = Integer.parseInt(limit.trim());
      } catch (NumberFormatException e) {
        throw new InvalidValue("limit", "must be a whole number between 1 and " + PageRequest.MAX_LIMIT);
      }
    }
    return new PageRequest(Optional.ofNullable(cursor).filter(c -> !c.isBlank()), size);
  }
}
