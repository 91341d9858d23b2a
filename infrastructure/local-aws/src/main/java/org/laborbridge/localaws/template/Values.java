package org.laborbridge.localaws.template;

import java.util.List;
import java.util.Map;

/** Typed views of parsed YAML values, failing with the path of the value that has the wrong shape. */
public final class Values {
  private Values() {}

  @SuppressWarnings("unchecked")
  public static Map<String, Object> map(Object value, String where) {
    if (value instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    throw new TemplateException(where + " should be a mapping but is " + describe(value));
  }

  @SuppressWarnings("unchecked")
  public static List<Object> list(Object value, String where) {
    if (value instanceof List<?> list) {
      return (List<Object>) list;
    }
    throw new TemplateException(where + " should be a list but is " + describe(value));
  }

  public static String text(Object value, String where) {
    if (value instanceof String || value instanceof Number || value instanceof Boolean) {
      return String.valueOf(value);
    }
    throw new TemplateException(where + " should be a scalar but is " + describe(value));
  }

  private static String describe(Object value) {
    return value == null ? "empty" : value.getClass().getSimpleName() + " " + value;
  }
}
