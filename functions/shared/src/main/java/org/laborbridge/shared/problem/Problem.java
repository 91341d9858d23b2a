package org.laborbridge.shared.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem body as partners receive it.
 *
 * <p>{@code errors}, {@code errorRef} and {@code details} are extension members: field errors for
 * forms, a reference to quote to support (it is in our logs), and facts such as an existing id.
 *
 * @param instance may be null when the request path is unknown
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors,
    String errorRef,
    Map<String, String> details) {

  public Problem {
    if (type == null || type.isBlank()) {
      throw new IllegalArgumentException("a problem has a type");
    }
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("a problem has a title");
    }
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("a problem has an error status, not " + status);
    }
    if (errorRef == null || errorRef.isBlank()) {
      throw new IllegalArgumentException("a problem has an error reference");
    }
    errors = errors == null ? List.of() : List.copyOf(errors);
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details == null ? Map.of() : details));
  }

  /** The handler knows the request path; the domain does not. */
  public Problem withInstance(String instance) {
    return new Problem(type, title, status, detail, instance, errors, errorRef, details);
  }
}
