package org.laborbridge.shared.problem;

import java.util.Map;

/** The request is well formed but a programme rule refuses it, e.g. a decision already taken. */
public final class Rejected extends DomainException {

  public Rejected(String message) {
    super(message, Map.of());
  }

  public Rejected(String message, Map<String, String> details) {
    super(message, details);
  }
}
