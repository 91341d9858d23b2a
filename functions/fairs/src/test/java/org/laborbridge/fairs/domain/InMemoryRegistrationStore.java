package org.laborbridge.fairs.domain;

import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Consumer;

/** RegistrationStore in memory, with the same conditional rules as the DynamoDB one, for domain tests. */
final class InMemoryRegistrationStore implements RegistrationStore {

  final Map<String, Registration> registrations = new HashMap<>();
  final Map<String, TreeMap<Long, String>> waitlists = new HashMap<>();
  private final Map<String, String> codes = new HashMap<>();

  @Override
  public synchronized Optional<Registration> find(String fairId, String registrationId) {
    return Optional.ofNullable(registrations.get(key(fairId, registrationId)));
  }

  @Override
  public synchronized boolean open(Registration pending) {
    codes.put(pending.fairId() + "|" + pending.code().value(), pending.id());
    Registration stored = registrations.get(key(pending.fairId(), pending.id()));
    if (stored != null && stored.status() != RegistrationStatus.CANCELLED) {
      return false;
    }
    registrations.put(key(pending.fairId(), pending.id()), pending);
    return true;
  }

  @Override
  public synchronized Optional<Registration> confirm(String fairId, String registrationId, Instant at) {
    Registration stored = registrations.get(key(fairId, registrationId));
    if (stored != null && stored.status() != RegistrationStatus.CANCELLED) {
      registrations.put(key(fairId, registrationId), stored.confirmed(at));
    }
    return find(fairId, registrationId);
  }

  @Override
  public synchronized Optional<Registration> waitlist(String fairId, String registrationId, long ticket) {
    Registration stored = registrations.get(key(fairId, registrationId));
    if (stored == null || (stored.status() != RegistrationStatus.PENDING && stored.status() != RegistrationStatus.WAITLISTED)) {
      return Optional.ofNullable(stored);
    }
    long kept = stored.ticket().orElse(ticket);
    Registration waiting = new Registration(stored.id(), fairId, stored.registrant(), RegistrationStatus.WAITLISTED,
        stored.code(), OptionalLong.of(kept), stored.round(), stored.announcedRound(), stored.registeredAt(),
        stored.confirmedAt(), stored.cancelledAt(), stored.cancelledBy(), stored.checkedInAt(), stored.checkedInBy());
    registrations.put(key(fairId, registrationId), waiting);
    line(fairId, stored.place()).put(kept, registrationId);
    return Optional.of(waiting);
  }

  @Override
  public synchronized void markAnnounced(String fairId, String registrationId, int round) {
    Registration r = registrations.get(key(fairId, registrationId));
    if (r != null && r.announcedRound() < round) {
      registrations.put(key(fairId, registrationId), new Registration(r.id(), fairId, r.registrant(), r.status(), r.code(),
          r.ticket(), r.round(), round, r.registeredAt(), r.confirmedAt(), r.cancelledAt(), r.cancelledBy(),
          r.checkedInAt(), r.checkedInBy()));
    }
  }

  @Override
  public synchronized Optional<Registration> cancel(String fairId, String registrationId, Instant at, String by) {
    Registration r = registrations.get(key(fairId, registrationId));
    if (r == null || r.status() == RegistrationStatus.CANCELLED) {
      return Optional.empty();
    }
    registrations.put(key(fairId, registrationId), new Registration(r.id(), fairId, r.registrant(),
        RegistrationStatus.CANCELLED, r.code(), OptionalLong.empty(), r.round(), r.announcedRound(), r.registeredAt(),
        r.confirmedAt(), Optional.of(at), Optional.of(by), r.checkedInAt(), r.checkedInBy()));
    return Optional.of(r);
  }

  @Override
  public synchronized void leaveWaitlist(String fairId, Place place, long ticket) {
    line(fairId, place).remove(ticket);
  }

  @Override
  public synchronized List<Waiting> firstWaiting(String fairId, Place place, int howMany) {
    return line(fairId, place).entrySet().stream().limit(howMany).map(e -> new Waiting(e.getValue(), e.getKey())).toList();
  }

  @Override
  public synchronized int position(String fairId, Place place, long ticket) {
    return Math.max(1, line(fairId, place).headMap(ticket, true).size());
  }

  @Override
  public synchronized boolean checkIn(String fairId, String registrationId, Instant at, String by) {
    Registration r = registrations.get(key(fairId, registrationId));
    if (r == null || r.status() != RegistrationStatus.CONFIRMED || r.checkedInAt().isPresent()) {
      return false;
    }
    registrations.put(key(fairId, registrationId), new Registration(r.id(), fairId, r.registrant(), r.status(), r.code(),
        r.ticket(), r.round(), r.announcedRound(), r.registeredAt(), r.confirmedAt(), r.cancelledAt(), r.cancelledBy(),
        Optional.of(at), Optional.of(by)));
    return true;
  }

  @Override
  public synchronized Optional<String> registrationWithCode(String fairId, CheckInCode code) {
    return Optional.ofNullable(codes.get(fairId + "|" + code.value()));
  }

  @Override
  public synchronized Page<Registration> list(String fairId, PageRequest page) {
    return new Page<>(of(fairId), Optional.empty());
  }

  @Override
  public synchronized Page<Registration> ofPerson(String personKey, PageRequest page) {
    return new Page<>(registrations.values().stream().filter(r -> r.registrant().personKey().equals(personKey))
        .sorted(java.util.Comparator.comparing(Registration::registeredAt).reversed()).toList(), Optional.empty());
  }

  @Override
  public void forEach(String fairId, Consumer<Registration> each) {
    of(fairId).forEach(each);
  }

  private synchronized List<Registration> of(String fairId) {
    return new ArrayList<>(registrations.values().stream().filter(r -> r.fairId().equals(fairId)).toList());
  }

  private TreeMap<Long, String> line(String fairId, Place place) {
    return waitlists.computeIfAbsent(fairId + "|" + place, k -> new TreeMap<>());
  }

  private static String key(String fairId, String registrationId) {
    return fairId + "|" + registrationId;
  }
}
