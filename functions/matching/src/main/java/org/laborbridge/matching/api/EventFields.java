package org.laborbridge.matching.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.laborbridge.shared.problem.FieldError;
import org.laborbridge.shared.problem.InvalidValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the fields of an event's {@code data}, collecting every problem before giving up, so that one
 * {@link InvalidValue} names them all (field paths only, never the values: data may be logged).
 * A tolerant reader: fields it does not ask for are ignored.
 */
final class EventFields {

  private final JsonNode data;
  private final List<FieldError> errors = new ArrayList<>();

  EventFields(JsonNode data) {
    this.data = data;
    if (data == null || !data.isObject()) {
      throw new InvalidValue("data", "must be a JSON object");
    }
  }

  String text(String path) {
    String value = optionalText(path);
    if (value == null) {
      missing(path);
    }
    return value;
  }

  String optionalText(String path) {
    JsonNode node = at(path);
    if (node == null) {
      return null;
    }
    if (!node.isTextual()) {
      errors.add(new FieldError("data." + path, "must be a string"));
      return null;
    }
    return node.textValue();
  }

  long number(String path) {
    JsonNode node = at(path);
    if (node == null || !node.canConvertToExactIntegral()) {
      errors.add(new FieldError("data." + path, node == null ? "is required" : "must be a whole number"));
      return 0;
    }
    return node.longValue();
  }

  BigDecimal decimal(String path) {
    BigDecimal value = optionalDecimal(path);
    if (value == null) {
      missing(path);
    }
    return value;
  }

  BigDecimal optionalDecimal(String path) {
    JsonNode node = at(path);
    if (node == null) {
      return null;
    }
    if (!node.isNumber()) {
      errors.add(new FieldError("data." + path, "must be a number"));
      return null;
    }
    return node.decimalValue();
  }

  boolean flag(String path) {
    JsonNode node = at(path);
    if (node != null && !node.isBoolean()) {
      errors.add(new FieldError("data." + path, "must be true or false"));
      return false;
    }
    return node != null && node.booleanValue();
  }

  LocalDate date(String path) {
    LocalDate value = optionalDate(path);
    if (value == null && at(path) == null) {
      missing(path);
    }
    return value;
  }

  LocalDate optionalDate(String path) {
    String text = optionalText(path);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException notIso) {
      errors.add(new FieldError("data." + path, "must be a date like 2027-03-31"));
      return null;
    }
  }

  Instant instant(String path) {
    String text = text(path);
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException notIso) {
      errors.add(new FieldError("data." + path, "must be an instant like 2026-12-05T01:00:00Z"));
      return null;
    }
  }

  List<String> texts(String path) {
    JsonNode node = at(path);
    if (node == null) {
      return List.of();
    }
    if (!node.isArray()) {
      errors.add(new FieldError("data." + path, "must be a list of strings"));
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (JsonNode element : node) {
      if (!element.isTextual()) {
        errors.add(new FieldError("data." + path, "must be a list of strings"));
        return List.of();
      }
      values.add(element.textValue());
    }
    return values;
  }

  /** Converts a read value with a parser of the shared kernel, keeping its refusal as this field's error. */
  <T> T convert(String path, String value, Function<String, T> parse) {
    if (value == null) {
      return null;
    }
    try {
      return parse.apply(value);
    } catch (InvalidValue refused) {
      errors.add(new FieldError("data." + path, refused.errors().isEmpty() ? "is not valid" : refused.errors().get(0).message()));
      return null;
    }
  }

  /** Throws every problem found so far. */
  void check() {
    if (!errors.isEmpty()) {
      throw new InvalidValue(List.copyOf(errors));
    }
  }

  private void missing(String path) {
    errors.add(new FieldError("data." + path, "is required"));
  }

  private JsonNode at(String path) {
    JsonNode node = data;
    for (String part : path.split("\\.")) {
      node = node == null ? null : node.get(part);
    }
    return node == null || node.isNull() || node.isMissingNode() ? null : node;
  }
}
