package org.laborbridge.platform.http;

import org.laborbridge.shared.problem.FieldError;
import org.laborbridge.shared.problem.InvalidValue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Collects every field error of a request body before failing, so a caller sees all mistakes at once,
 * each under the field's path in the body (e.g. {@code location.regionCode}).
 */
public final class FieldCheck {

  private final List<FieldError> errors = new ArrayList<>();

  /** Runs a parse or a domain constructor; its InvalidValue errors are filed under {@code field}. */
  public <T> T value(String field, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (InvalidValue invalid) {
      invalid.errors().forEach(e -> errors.add(new FieldError(pathFor(field, e.field()), e.message())));
      return null;
    }
  }

  /** Like {@link #value} for a field that must be present. */
  public <T, R> R required(String field, T raw, Function<T, R> parse) {
    if (raw == null || (raw instanceof String s && s.isBlank())) {
      errors.add(new FieldError(field, "is required"));
      return null;
    }
    return value(field, () -> parse.apply(raw));
  }

  public <T, R> R optional(String field, T raw, Function<T, R> parse) {
    return raw == null ? null : value(field, () -> parse.apply(raw));
  }

  /** An enum named by its constant, any case; unknown names list the allowed ones. */
  public <E extends Enum<E>> E oneOf(String field, String raw, Class<E> type) {
    return required(field, raw, text -> {
      try {
        return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new InvalidValue(field, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
            .collect(Collectors.joining(", ")));
      }
    });
  }

  public void fail(String field, String message) {
    errors.add(new FieldError(field, message));
  }

  public boolean ok() {
    return errors.isEmpty();
  }

  /** Throws the collected errors, if any; call before building what needs every field. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new InvalidValue(List.copyOf(errors));
    }
  }

  /** The domain names fields in its own terms; keep its name when it already lies under the body's path. */
  private static String pathFor(String field, String domainField) {
    if (field.isEmpty() || domainField.equals(field) || domainField.startsWith(field + ".")) {
      return domainField;
    }
    String root = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
    return domainField.startsWith(root + ".") ? domainField : field;
  }
}
