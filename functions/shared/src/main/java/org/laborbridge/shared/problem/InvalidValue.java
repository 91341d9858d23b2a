package org.laborbridge.shared.problem;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Input that breaks a value's own rules, listed field by field so every mistake shows at once. */
public final class InvalidValue extends DomainException {

  private final List<FieldError> errors;

  /** For a value whose only rule is "well formed", e.g. {@code new InvalidValue("seats")}. */
  public InvalidValue(String field) {
    this(field, "is not valid");
  }

  public InvalidValue(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public InvalidValue(List<FieldError> errors) {
    super(describe(errors), Map.of());
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }

  private static String describe(List<FieldError> errors) {
    if (errors == null || errors.isEmpty()) {
      throw new IllegalArgumentException("an invalid value names at least one field");
    }
    return errors.stream()
        .map(error -> error.field() + ": " + error.message())
        .collect(Collectors.joining("; "));
  }
}
