package org.laborbridge.push.store;

import org.laborbridge.platform.dynamo.Attributes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The attribute shapes only push's items use: times, sortable time text, optional numbers and nested maps. The
 * plain ones are {@link Attributes}; a missing required attribute fails there as here, naming the attribute.
 */
final class Items {

  /** Fixed width (always milliseconds), so that key text sorts as time does. */
  private static final DateTimeFormatter SORTABLE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
      .withZone(ZoneOffset.UTC);

  private Items() {}

  static String sortable(Instant instant) {
    return SORTABLE.format(instant);
  }

  static AttributeValue time(Instant instant) {
    return Attributes.s(instant.toString());
  }

  /** Unlike {@link Attributes#putOptional}, an amount goes in as a number, so that it reads back as one. */
  static void putOptional(Map<String, AttributeValue> item, String name, Object value) {
    if (value instanceof BigDecimal number) {
      item.put(name, Attributes.n(number));
    } else {
      Attributes.putOptional(item, name, value);
    }
  }

  static Optional<Instant> optionalTime(Map<String, AttributeValue> item, String name) {
    return Attributes.optionalString(item, name).map(Instant::parse);
  }

  static Optional<Long> optionalNumber(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null || value.n() == null ? Optional.empty() : Optional.of(Long.parseLong(value.n()));
  }

  static Map<String, AttributeValue> map(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null || !value.hasM() ? Map.of() : value.m();
  }

  /** A list of maps (e.g. a campaign message's fairs); empty when there is none. */
  static List<Map<String, AttributeValue>> maps(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null || !value.hasL() ? List.of()
        : value.l().stream().filter(AttributeValue::hasM).map(AttributeValue::m).toList();
  }
}
