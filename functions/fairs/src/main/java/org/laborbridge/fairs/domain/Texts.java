package org.laborbridge.fairs.domain;

import org.laborbridge.shared.problem.FieldError;

import java.util.List;

/** Free text as the programme keeps it: trimmed, present where required, never longer than its field allows. */
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
}
