package org.laborbridge.push.store;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading and writing the plain attribute shapes the table's items use. A missing required attribute is a broken
 * item, not bad input, so it fails as an IllegalStateException naming the attribute, never its value.
 */
final class Items {

  /** Fixed width (always milliseconds), so that key text sorts as time does. */
  private static final DateTimeFormatter SORTABLE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
      .withZone(ZoneOffset.UTC);

  private Items() {}

  static String sortable(Instant instant) {
    return SORTABLE.format(instant);
  }

  static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  static AttributeValue n(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }

  static AttributeValue n(BigDecimal value) {
    return AttributeValue.fromN(value.toPlainString());
  }

  static AttributeValue bool(boolean value) {
    return AttributeValue.fromBool(value);
  }

  static AttributeValue time(Instant instant) {
    return s(instant.toString());
  }

  /** A list keeps the given order and may be empty; a DynamoDB string set may be neither. */
  static AttributeValue strings(Collection<String> values) {
    return AttributeValue.fromL(values.stream().map(AttributeValue::fromS).toList());
  }

  static void putOptional(Map<String, AttributeValue> item, String name, Object value) {
    if (value instanceof BigDecimal number) {
      item.put(name, n(number));
    } else if (value != null) {
      item.put(name, s(value.toString()));
    }
  }

  static String string(Map<String, AttributeValue> item, String name) {
    return optionalString(item, name).orElseThrow(() -> new IllegalStateException("stored item lacks " + name));
  }

  static Optional<String> optionalString(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null || value.s() == null ? Optional.empty() : Optional.of(value.s());
  }

  static Optional<Instant> optionalTime(Map<String, AttributeValue> item, String name) {
    return optionalString(item, name).map(Instant::parse);
  }

  static Optional<Long> optionalNumber(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null || value.n() == null ? Optional.empty() : Optional.of(Long.parseLong(value.n()));
  }

  static Optional<BigDecimal> decimal(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null || value.n() == null ? Optional.empty() : Optional.of(new BigDecimal(value.n()));
  }

  static boolean bool(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value != null && Boolean.TRUE.equals(value.bool());
  }

  static List<String> strings(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null || !value.hasL() ? List.of() : value.l().stream().map(AttributeValue::s).toList();
  }

  static Map<String, AttributeValue> map(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null || !value.hasM() ? Map.of() : value.m();
  }

  /** The attributes of an item that make up its key: what a query resumes after. */
  static Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item, List<String> keyNames) {
    Map<String, AttributeValue> key = new HashMap<>();
    keyNames.forEach(name -> key.put(name, item.get(name)));
    return key;
  }
}
