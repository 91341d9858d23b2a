package org.laborbridge.platform.http;

import org.laborbridge.shared.paging.PageRequest;
import org.laborbridge.shared.problem.InvalidValue;

import java.util.Optional;

/** Reads the cursor and limit query parameters every list takes. */
public final class Paging {
  private Paging() {}

  public static PageRequest of(String cursor, String limit) {
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
