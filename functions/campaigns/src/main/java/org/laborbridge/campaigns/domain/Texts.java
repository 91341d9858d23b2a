package org.laborbridge.campaigns.domain;

import org.laborbridge.shared.problem.FieldError;

import java.util.List;
import java.util.Optional;

/** Free text as the calendar keeps it: trimmed, present where required, never longer than its field allows. */
final class Texts {
  private Texts() {}

  static String required(List<FieldError> errors, String field, String text, int max) {
    String trimmed = text == null ? "" : text.strip();
    if (trimmed.isEmpty()) {
      errors.add(new FieldError(field, "is required"));
    } else if (trimmed.length() > max) {
      errors.add(new FieldError(field, "must be at most " + max + " characters"));
    }
    return trimmed;
  }

  static Optional<String> optional(List<FieldError> errors, String field, Optional<String> text, int max) {
    Optional<String> trimmed = text == null ? Optional.empty() : text.map(String::strip).filter(t -> !t.isEmpty());
    trimmed.filter(t -> t.length() > max).ifPresent(t ->
        errors.add(new FieldError(field, "must be at most " + max + " characters")));
    return trimmed;
  }
}
