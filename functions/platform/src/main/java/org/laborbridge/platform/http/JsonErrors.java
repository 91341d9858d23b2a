package org.laborbridge.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.inject.Singleton;
import org.laborbridge.shared.problem.InvalidValue;

import java.util.stream.Collectors;

/**
 * Turns a JSON body that cannot be read into a field-level InvalidValue, without echoing the input (it may
 * hold personal data): malformed JSON names the body, a wrong type names the field and the type wanted.
 */
@Singleton
public class JsonErrors {

  public InvalidValue toInvalidValue(Throwable error, String prefix) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
        String field = prefix + mapping.getPath().stream()
            .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
            .collect(Collectors.joining(".")).replace(".[", "[");
        return new InvalidValue(field, expected(mapping));
      }
      if (cause instanceof JsonProcessingException) {
        return new InvalidValue(prefix.isEmpty() ? "body" : prefix.substring(0, prefix.length() - 1), "is not valid JSON");
      }
    }
    return new InvalidValue(prefix.isEmpty() ? "body" : prefix.substring(0, prefix.length() - 1), "cannot be read");
  }

  private static String expected(JsonMappingException mapping) {
    Class<?> target = mapping instanceof InvalidFormatException format ? format.getTargetType()
        : mapping instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
    if (target == null) {
      return "has the wrong type";
    }
    if (Number.class.isAssignableFrom(target) || target.isPrimitive() && target != boolean.class) {
      return "must be a number";
    }
    if (target == Boolean.class || target == boolean.class) {
      return "must be true or false";
    }
    if (target == String.class) {
      return "must be text";
    }
    if (java.util.Collection.class.isAssignableFrom(target)) {
      return "must be a list";
    }
    return "must be an object";
  }
}
