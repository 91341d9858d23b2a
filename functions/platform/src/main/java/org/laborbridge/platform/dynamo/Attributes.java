package org.laborbridge.platform.dynamo;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading and writing the plain attribute shapes the functions' items use. A missing required attribute is a
 * broken item, not bad input, so it fails as an IllegalStateException naming the attribute, never its value.
 */
public final class Attributes {
  private Attributes() {}

  public static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  public static AttributeValue n(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }

  public static AttributeValue n(BigDecimal value) {
    return AttributeValue.fromN(value.toPlainString());
  }

  public static AttributeValue bool(boolean value) {
    return AttributeValue.fromBool(value);
  }

  /** A list keeps the given order and may be empty; a DynamoDB string set may be neither. */
  public static AttributeValue strings(Collection<String> values) {
    return AttributeValue.fromL(values.stream().map(AttributeValue::fromS).toList());
  }

  /** Sets are stored sorted, so the same input always makes the same item. */
  public static AttributeValue sortedStrings(Collection<String> values) {
    return strings(values.stream().sorted().toList());
  }

  /** Puts the value's text, or nothing when there is no value. */
  public static void putOptional(Map<String, AttributeValue> item, String name, Object value) {
    if (value != null) {
      item.put(name, s(value.toString()));
    }
  }

  public static String string(Map<String, AttributeValue> item, String name) {
    return optionalString(item, name).orElseThrow(() -> new IllegalStateException("stored item lacks " + name));
  }

  public static Optional<String> optionalString(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null || value.s() == null ? Optional.empty() : Optional.of(value.s());
  }

  public static long number(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    if (value == null || value.n() == null) {
      throw new IllegalStateException("stored item lacks " + name);
    }
    return Long.parseLong(value.n());
  }

  public static Optional<BigDecimal> decimal(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null || value.n() == null ? Optional.empty() : Optional.of(new BigDecimal(value.n()));
  }

  public static boolean bool(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value != null && Boolean.TRUE.equals(value.bool());
  }

  public static List<String> strings(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null || !value.hasL() ? List.of() : value.l().stream().map(AttributeValue::s).toList();
  }
}
