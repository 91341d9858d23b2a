package org.laborbridge.fairs.domain;

import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;
import org.laborbridge.shared.region.Region;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Fairs and who holds their places. Every place is taken and given back with one conditional write on the fair's
 * own item, which holds the count, the capacity and the holders together: no overbooking, and a repeated write
 * for the same registration changes nothing.
 */
public interface FairStore {

  enum Taken {
    /** The registration holds a place now (or held it already). */
    TAKEN,
    /** Every place is taken. */
    FULL,
    /** The fair is cancelled (or gone). */
    CLOSED
  }

  /** False when the id is taken. */
  boolean insert(Fair fair);

  Optional<Fair> find(String id);

  /** The fairs of these ids that exist (a page's worth, at most 100). */
  Map<String, Fair> findAll(Collection<String> ids);

  /**
   * Replaces the plan if the stored fair is still at {@code expectedVersion}, is not cancelled, and no capacity
   * falls below the places already taken. False otherwise (the caller reads again to say why).
   */
  boolean replan(Fair changed, long expectedVersion);

  /** Marks the fair cancelled; false when it already was. */
  boolean cancel(String fairId, Instant at, String reason);

  /** Fairs of a region starting in [from, to), earliest first. */
  Page<Fair> list(Region region, Instant from, Instant to, PageRequest page);

  Taken take(String fairId, Place place, String registrationId, Instant at);

  /** Gives a place back; false when the registration held none. */
  boolean release(String fairId, Place place, String registrationId);

  /**
   * Moves a place from one registration to another in one write, so a freed place goes to the waitlist before
   * anyone else can take it. False when {@code from} holds no place or {@code to} holds one already.
   */
  boolean handOver(String fairId, Place place, String from, String to, Instant at);

  boolean holds(String fairId, Place place, String registrationId);

  /** The next waitlist ticket of the fair for that kind of place: 1, 2, 3, ... (gaps are harmless). */
  long nextTicket(String fairId, Place place);
}
