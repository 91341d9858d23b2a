package org.laborbridge.fairs.domain;

import org.laborbridge.shared.access.Actor;
import org.laborbridge.shared.problem.Conflict;
import org.laborbridge.shared.problem.Forbidden;
import org.laborbridge.shared.problem.NotFound;
import org.laborbridge.shared.time.ProgrammeClock;

import java.time.LocalDate;
import java.util.Map;

/** Staff at the door check a registrant in by the code on their registration, once, on the fair's days. */
public final class CheckIn {

  private final FairStore fairs;
  private final RegistrationStore registrations;
  private final FairActivity activity;
  private final ProgrammeClock clock;

  public CheckIn(FairStore fairs, RegistrationStore registrations, FairActivity activity, ProgrammeClock clock) {
    this.fairs = fairs;
    this.registrations = registrations;
    this.activity = activity;
    this.clock = clock;
  }

  public Registration checkIn(Actor staff, String fairId, CheckInCode code) {
    Fair fair = fairs.find(fairId).orElseThrow(() -> new NotFound("fair", fairId));
    if (!staff.isStaffOf(fair.plan().region())) {
      throw new Forbidden("only staff of region " + fair.plan().region().code() + " check people in at its fairs");
    }
    if (fair.cancelled()) {
      throw new Conflict("fair " + fairId + " is cancelled");
    }
    LocalDate today = clock.today();
    if (!fair.isFairDay(today)) {
      throw new Conflict("check-in is open on the fair's days only, not on " + today, Map.of("fairId", fairId));
    }
    String registrationId = registrations.registrationWithCode(fairId, code)
        .orElseThrow(() -> new NotFound("registration with check-in code", code.display()));
    Registration registration = registrations.find(fairId, registrationId)
        .orElseThrow(() -> new NotFound("registration", registrationId));
    if (registration.checkedInAt().isPresent()) {
      throw alreadyIn(registration);
    }
    if (registration.status() != RegistrationStatus.CONFIRMED) {
      throw new Conflict("registration " + registrationId + " is " + registration.status() + ", not confirmed",
          Map.of("registrationStatus", registration.status().name()));
    }
    if (!registrations.checkIn(fairId, registrationId, clock.now(), staff.subject())) {
      Registration now = registrations.find(fairId, registrationId).orElseThrow();
      throw now.checkedInAt().isPresent() ? alreadyIn(now)
          : new Conflict("registration " + registrationId + " is " + now.status() + ", not confirmed");
    }
    Registration checkedIn = registrations.find(fairId, registrationId).orElseThrow();
    activity.checkedIn(fair, checkedIn);
    return checkedIn;
  }

  private static Conflict alreadyIn(Registration registration) {
    return new Conflict("registration " + registration.id() + " was checked in at " + registration.checkedInAt().orElseThrow(),
        Map.of("checkedInAt", registration.checkedInAt().orElseThrow().toString()));
  }
}
