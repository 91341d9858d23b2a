package org.laborbridge.shared.problem;

import java.util.List;
import java.util.Optional;

/**
 * Free text as the programme keeps it: trimmed, present where required, never longer than its field allows. Errors
 * are collected, so a caller sees every mistake of a request at once.
 */
public final class FreeText {
  private FreeText() {}

  public static String required(List<FieldError> errors, String field, String text, int max) {
    String trimmed = text == null ? "" : text.strip();
    if (trimmed.isEmpty()) {
      errors.add(new FieldError(field, "is required"));
    } else if (trimmed.length() > max) {
      errors.add(new FieldError(field, "must be at most " + max + " characters"));
    }
    return trimmed;
  }

  public static Optional<String> optional(List<FieldError> errors, String field, Optional<String> text, int max) {
    Optional<String> trimmed = text == null ? Optional.empty() : text.map(String::strip).filter(t -> !t.isEmpty());
    trimmed.filter(t -> t.length() > max).ifPresent(t ->
        errors.add(new FieldError(field, "must be at most " + max + " characters")));
    return trimmed;
  }
}
