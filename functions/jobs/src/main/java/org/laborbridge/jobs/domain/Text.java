package org.laborbridge.jobs.domain;

import org.laborbridge.shared.problem.InvalidValue;

import java.util.LinkedHashSet;
import java.util.List;

/** Rules for free text the programme stores: trimmed, bounded, and never blank where required. */
final class Text {
  private Text() {}

  static String required(String field, String value, int maxLength) {
    String trimmed = value == null ? "" : value.strip();
    if (trimmed.isEmpty()) {
      throw new InvalidValue(field, "is required");
    }
    return bounded(field, trimmed, maxLength);
  }

  static String optional(String field, String value, int maxLength) {
    String trimmed = value == null ? null : value.strip();
    return trimmed == null || trimmed.isEmpty() ? null : bounded(field, trimmed, maxLength);
  }

  /** Distinct, trimmed, non-blank entries in their given order. */
  static List<String> list(String field, List<String> values, int maxEntries, int maxLength) {
    if (values == null) {
      return List.of();
    }
    LinkedHashSet<String> distinct = new LinkedHashSet<>();
    for (String value : values) {
      String entry = optional(field, value, maxLength);
      if (entry != null) {
        distinct.add(entry);
      }
    }
    if (distinct.size() > maxEntries) {
      throw new InvalidValue(field, "may hold at most " + maxEntries + " entries");
    }
    return List.copyOf(distinct);
  }

  private static String bounded(String field, String value, int maxLength) {
    if (value.length() > maxLength) {
      throw new InvalidValue(field, "must be at most " + maxLength + " characters");
    }
    return value;
  }
}
