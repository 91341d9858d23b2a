package org.laborbridge.transfers.domain;

import org.laborbridge.shared.region.Region;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A notice for a region's systems, delivered by push as a signed webhook to the region's SYSTEM endpoints.
 *
 * @param id derived from the transfer and the step, so queueing it again delivers nothing twice
 * @param payload ids and non-personal facts only: texts, numbers, booleans and nested maps
 */
public record Notice(String id, Region region, String eventType, Instant occurredAt, Map<String, Object> payload) {
  public Notice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(occurredAt, "occurredAt");
    // Insertion order kept: the webhook body reads the same way every time.
    payload = Collections.unmodifiableMap(new LinkedHashMap<>(payload));
  }
}
