package org.laborbridge.shared.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The few ways a use case can refuse a request; one handler turns each into problem+json.
 *
 * <p>Messages and details go to partners and to logs, so they must never carry an identity
 * number or a phone number: pass masked forms.
 */
public abstract sealed class DomainException extends RuntimeException
    permits NotFound, Conflict, Rejected, InvalidValue, Forbidden, Unauthenticated {

  private final Map<String, String> details;

  protected DomainException(String message, Map<String, String> details) {
    super(requireMessage(message));
    // Insertion order kept so problem bodies read the same on every call.
    this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details == null ? Map.of() : details));
  }

  /** Machine-readable facts a partner can act on, such as the id of the record already there. */
  public Map<String, String> details() {
    return details;
  }

  private static String requireMessage(String message) {
    if (message == null || message.isBlank()) {
      throw new IllegalArgumentException("a domain exception says what happened");
    }
    return message;
  }
}
