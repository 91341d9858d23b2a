package org.laborbridge.shared.problem;

import java.util.Map;

/** The caller could not be identified: no valid token, or a partner webhook whose signature does not verify. */
public final class Unauthenticated extends DomainException {
  public Unauthenticated(String message) {
    super(message, Map.of());
  }
}
