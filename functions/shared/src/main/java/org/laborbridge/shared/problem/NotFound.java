package org.laborbridge.shared.problem;

import java.util.Map;

/** The thing a request names does not exist (a fair, a job posting, a transfer request). */
public final class NotFound extends DomainException {

  private final String what;
  private final String key;

  /** {@code key} must not be personal data: pass an internal id or a masked value. */
  public NotFound(String what, String key) {
    super(what + " " + key + " not found", Map.of());
    this.what = what;
    this.key = key;
  }

  public String what() {
    return what;
  }

  public String key() {
    return key;
  }
}
