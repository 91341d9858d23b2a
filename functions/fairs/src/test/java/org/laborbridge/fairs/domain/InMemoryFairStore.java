package org.laborbridge.fairs.domain;

import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;
import org.laborbridge.shared.region.Region;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** FairStore in memory, with the same all-or-nothing rules as the DynamoDB one, for domain tests. */
final class InMemoryFairStore implements FairStore {

  final Map<String, Fair> fairs = new HashMap<>();
  final Map<String, Map<Place, Set<String>>> holders = new HashMap<>();
  private final Map<String, Map<Place, Long>> tickets = new HashMap<>();

  @Override
  public synchronized boolean insert(Fair fair) {
    if (fairs.containsKey(fair.id())) {
      return false;
    }
    fairs.put(fair.id(), fair);
    Map<Place, Set<String>> places = new EnumMap<>(Place.class);
    places.put(Place.SEAT, new LinkedHashSet<>());
    places.put(Place.BOOTH, new LinkedHashSet<>());
    holders.put(fair.id(), places);
    tickets.put(fair.id(), new EnumMap<>(Place.class));
    return true;
  }

  @Override
  public synchronized Optional<Fair> find(String id) {
    return Optional.ofNullable(fairs.get(id)).map(this::withCounts);
  }

  @Override
  public synchronized Map<String, Fair> findAll(java.util.Collection<String> ids) {
    Map<String, Fair> found = new HashMap<>();
    ids.forEach(id -> find(id).ifPresent(fair -> found.put(id, fair)));
    return found;
  }

  @Override
  public synchronized boolean replan(Fair changed, long expectedVersion) {
    Fair stored = fairs.get(changed.id());
    if (stored == null || stored.version() != expectedVersion || stored.cancelled()
        || changed.plan().seats() < taken(changed.id(), Place.SEAT) || changed.plan().booths() < taken(changed.id(), Place.BOOTH)) {
      return false;
    }
    fairs.put(changed.id(), changed);
    return true;
  }

  @Override
  public synchronized boolean cancel(String fairId, Instant at, String reason) {
    Fair stored = fairs.get(fairId);
    if (stored == null || stored.cancelled()) {
      return false;
    }
    fairs.put(fairId, new Fair(fairId, stored.plan(), 0, 0, FairStatus.CANCELLED, stored.createdBy(), stored.createdAt(),
        at, Optional.of(at), Optional.ofNullable(reason), stored.version() + 1));
    return true;
  }

  @Override
  public synchronized Page<Fair> list(Region region, Instant from, Instant to, PageRequest page) {
    return new Page<>(fairs.values().stream().filter(f -> f.plan().region() == region)
        .filter(f -> !f.plan().startsAt().isBefore(from) && f.plan().startsAt().isBefore(to))
        .sorted(Comparator.comparing(f -> f.plan().startsAt())).map(this::withCounts).toList(), Optional.empty());
  }

  @Override
  public synchronized Taken take(String fairId, Place place, String registrationId, Instant at) {
    Fair fair = fairs.get(fairId);
    if (fair == null || fair.cancelled()) {
      return Taken.CLOSED;
    }
    Set<String> held = holders.get(fairId).get(place);
    if (held.contains(registrationId)) {
      return Taken.TAKEN;
    }
    if (held.size() >= fair.plan().capacity(place)) {
      return Taken.FULL;
    }
    held.add(registrationId);
    return Taken.TAKEN;
  }

  @Override
  public synchronized boolean release(String fairId, Place place, String registrationId) {
    return holders.get(fairId).get(place).remove(registrationId);
  }

  @Override
  public synchronized boolean handOver(String fairId, Place place, String from, String to, Instant at) {
    Set<String> held = holders.get(fairId).get(place);
    if (!held.contains(from) || held.contains(to)) {
      return false;
    }
    held.remove(from);
    held.add(to);
    return true;
  }

  @Override
  public synchronized boolean holds(String fairId, Place place, String registrationId) {
    return holders.get(fairId).get(place).contains(registrationId);
  }

  @Override
  public synchronized long nextTicket(String fairId, Place place) {
    return tickets.get(fairId).merge(place, 1L, Long::sum);
  }

  private int taken(String fairId, Place place) {
    return holders.get(fairId).get(place).size();
  }

  private Fair withCounts(Fair fair) {
    return new Fair(fair.id(), fair.plan(), taken(fair.id(), Place.SEAT), taken(fair.id(), Place.BOOTH), fair.status(),
        fair.createdBy(), fair.createdAt(), fair.modifiedAt(), fair.cancelledAt(), fair.cancelReason(), fair.version());
  }
}
