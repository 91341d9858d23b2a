package org.laborbridge.fairs.api;

import org.laborbridge.fairs.domain.RegisterForFair;
import org.laborbridge.fairs.domain.Registration;

import java.util.List;

/**
 * A registration as its owner and staff see it: its place and status, the waitlist position while waiting, and
 * the check-in code with the payload of its QR code. Ids only: no name, phone or identity number is kept here.
 */
public record RegistrationView(String id, String fairId, String place, String status, Integer position,
    String workerId, String employerAccount, List<String> jobIds, CheckInView checkIn, String registeredAt,
    String confirmedAt, String cancelledAt, String checkedInAt) {

  public record CheckInView(String code, String display, String qrPayload) {}

  static RegistrationView of(RegisterForFair.Placed placed) {
    return of(placed.registration(), placed.position().isPresent() ? placed.position().getAsInt() : null);
  }

  static RegistrationView of(Registration registration) {
    return of(registration, null);
  }

  private static RegistrationView of(Registration r, Integer position) {
    return new RegistrationView(r.id(), r.fairId(), r.place().name(), r.status().name(), position,
        r.registrant().workerId().orElse(null), r.registrant().employerSubject().orElse(null), r.registrant().jobIds(),
        new CheckInView(r.code().value(), r.code().display(), r.code().qrPayload(r.fairId())),
        Times.shanghai(r.registeredAt()), r.confirmedAt().map(Times::shanghai).orElse(null),
        r.cancelledAt().map(Times::shanghai).orElse(null), r.checkedInAt().map(Times::shanghai).orElse(null));
  }
}
