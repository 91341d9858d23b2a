package org.laborbridge.shared.problem;

import java.util.Map;

/** The request clashes with what is already recorded, such as a duplicate posting. */
public final class Conflict extends DomainException {

  public Conflict(String message) {
    super(message, Map.of());
  }

  public Conflict(String message, Map<String, String> details) {
    super(message, details);
  }

  /** Duplicate detection names the record already there so the partner can link to it. */
  public static Conflict alreadyExists(String what, String existingId) {
    return new Conflict(what + " already exists", Map.of("existingId", existingId));
  }
}
