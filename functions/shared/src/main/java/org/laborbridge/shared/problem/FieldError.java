package org.laborbridge.shared.problem;

/** One field a caller got wrong, named so a partner's form can point at it. */
public record FieldError(String field, String message) {

  public FieldError {
    if (field == null || field.isBlank()) {
      throw new IllegalArgumentException("a field error names its field");
    }
    if (message == null || message.isBlank()) {
      throw new IllegalArgumentException("a field error says what is wrong");
    }
  }
}
