package org.laborbridge.fairs.api;

import org.laborbridge.fairs.domain.Fair;
import org.laborbridge.fairs.domain.RegisterForFair;

/** A registration in a person's list, with what they need to know of its fair. */
public record OwnRegistrationView(RegistrationView registration, FairSummary fair) {

  public record FairSummary(String id, String name, String kind, String regionCode, String venue, String startsAt,
      String endsAt, String status) {

    static FairSummary of(Fair fair) {
      return new FairSummary(fair.id(), fair.plan().name(), fair.plan().kind().name(), fair.plan().region().code(),
          fair.plan().venue(), Times.shanghai(fair.plan().startsAt()), Times.shanghai(fair.plan().endsAt()),
          fair.status().name());
    }
  }

  static OwnRegistrationView of(RegisterForFair.Own own) {
    return new OwnRegistrationView(RegistrationView.of(own.registration()), own.fair().map(FairSummary::of).orElse(null));
  }
}
