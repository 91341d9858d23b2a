package org.laborbridge.fairs.domain;

import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Registrations, the waitlist (in ticket order) and the check-in codes of each fair. */
public interface RegistrationStore {

  /** A registration waiting for a place, in ticket order. */
  record Waiting(String registrationId, long ticket) {}

  /** Read consistently: what comes next depends on it. */
  Optional<Registration> find(String fairId, String registrationId);

  /**
   * Stores a PENDING registration (and its code) when there is none or the earlier one was cancelled. False when
   * an active one is there: a concurrent attempt of the same person placed it, or is placing it.
   */
  boolean open(Registration pending);

  /** Marks it CONFIRMED unless cancelled meanwhile; keeps the first confirmation time. Returns it as stored. */
  Optional<Registration> confirm(String fairId, String registrationId, Instant at);

  /**
   * Puts it on the waitlist with {@code ticket}, unless it has a ticket already (a retry keeps the first) or is no
   * longer pending or waiting. Returns it as stored.
   */
  Optional<Registration> waitlist(String fairId, String registrationId, long ticket);

  /** Notes that this round's confirmation was told; harmless to repeat. */
  void markAnnounced(String fairId, String registrationId, int round);

  /** Marks it CANCELLED unless it was already; returns it as it was before, or empty when it was already. */
  Optional<Registration> cancel(String fairId, String registrationId, Instant at, String by);

  /** Takes a waiting entry off the waitlist; harmless to repeat. */
  void leaveWaitlist(String fairId, Place place, long ticket);

  List<Waiting> firstWaiting(String fairId, Place place, int howMany);

  /** 1 for the first in line. */
  int position(String fairId, Place place, long ticket);

  /** Records the check-in once: false when already checked in, or not confirmed. */
  boolean checkIn(String fairId, String registrationId, Instant at, String by);

  Optional<String> registrationWithCode(String fairId, CheckInCode code);

  Page<Registration> list(String fairId, PageRequest page);

  /** One person's registrations at every fair, the latest registered first. */
  Page<Registration> ofPerson(String personKey, PageRequest page);

  /** Every registration of the fair, page by page, without holding them all. */
  void forEach(String fairId, Consumer<Registration> each);
}
