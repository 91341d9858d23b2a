package org.laborbridge.fairs.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One person's registration for one fair. Its id follows from the fair and the person, so registering again finds
 * it. The check-in code is made once and kept, also through a cancellation and a new registration.
 *
 * @param ticket the waitlist ticket: waiting registrations are promoted in ticket order
 * @param round how many times the person registered (a registration cancelled and made again counts twice); the
 *              round names the confirmation other functions hear about, so a new round is news to them
 * @param announcedRound the last round whose confirmation was told to other functions (0: none yet)
 */
public record Registration(String id, String fairId, Registrant registrant, RegistrationStatus status,
    CheckInCode code, OptionalLong ticket, int round, int announcedRound, Instant registeredAt,
    Optional<Instant> confirmedAt,
    Optional<Instant> cancelledAt, Optional<String> cancelledBy, Optional<Instant> checkedInAt,
    Optional<String> checkedInBy) {

  public Registration {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(fairId, "fairId");
    Objects.requireNonNull(registrant, "registrant");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(code, "code");
    ticket = ticket == null ? OptionalLong.empty() : ticket;
    confirmedAt = confirmedAt == null ? Optional.empty() : confirmedAt;
    cancelledAt = cancelledAt == null ? Optional.empty() : cancelledAt;
    cancelledBy = cancelledBy == null ? Optional.empty() : cancelledBy;
    checkedInAt = checkedInAt == null ? Optional.empty() : checkedInAt;
    checkedInBy = checkedInBy == null ? Optional.empty() : checkedInBy;
  }

  /** A new registration, or a new round of a cancelled one (same id, same code), about to be placed. */
  public static Registration pending(String id, String fairId, Registrant registrant, CheckInCode code, int round,
      Instant now) {
    return new Registration(id, fairId, registrant, RegistrationStatus.PENDING, code, OptionalLong.empty(), round, 0, now,
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public Place place() {
    return registrant.place();
  }

  public Registration withStatus(RegistrationStatus newStatus) {
    return new Registration(id, fairId, registrant, newStatus, code, ticket, round, announcedRound, registeredAt, confirmedAt,
        cancelledAt, cancelledBy, checkedInAt, checkedInBy);
  }

  public Registration confirmed(Instant at) {
    return new Registration(id, fairId, registrant, RegistrationStatus.CONFIRMED, code, ticket, round, announcedRound, registeredAt,
        Optional.of(confirmedAt.orElse(at)), cancelledAt, cancelledBy, checkedInAt, checkedInBy);
  }

  /** Whether other functions were told of this round's confirmation. */
  public boolean announced() {
    return announcedRound >= round;
  }

  /** Whether an account may see and cancel it (staff rules are the use case's). */
  public boolean ownedBy(String subject) {
    return registrant.ownerSubject().map(subject::equals).orElse(false);
  }
}
