package org.laborbridge.shared.problem;

import java.util.Map;

/** The caller is known but may not do this (a worker reading another worker, an employer managing partners). */
public final class Forbidden extends DomainException {
  public Forbidden(String message) {
    super(message, Map.of());
  }
}
