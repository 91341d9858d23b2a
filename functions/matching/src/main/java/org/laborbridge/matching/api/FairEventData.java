package org.laborbridge.matching.api;

import org.laborbridge.matching.domain.FairRegistration;
import org.laborbridge.matching.domain.JobFair;
import org.laborbridge.shared.message.Envelope;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.region.Region;

import java.time.Instant;
import java.util.List;

/**
 * The {@code data} of {@code fair.registration.confirmed} (docs/api/events.md) read as a {@link FairRegistration}.
 * Only the fairs function sends it: from any other source it is refused, as a message that can never be handled.
 */
final class FairEventData {

  static final String SOURCE = "laborbridge.fairs";

  private FairEventData() {}

  static FairRegistration toRegistration(Envelope envelope) {
    if (!SOURCE.equals(envelope.source())) {
      throw new InvalidValue("source", "must be " + SOURCE);
    }
    EventFields f = new EventFields(envelope.data());
    String fairId = f.text("fairId");
    Region region = f.convert("fairRegion", f.text("fairRegion"), Region::ofCode);
    Instant startsAt = f.instant("startsAt");
    Instant endsAt = f.instant("endsAt");
    String registrationId = f.text("registrationId");
    FairRegistration.Place place = f.convert("place", f.text("place"), FairEventData::place);
    String workerId = f.optionalText("workerId");
    List<String> jobIds = f.texts("jobIds");
    f.check();
    return new FairRegistration(new JobFair(fairId, region, startsAt, endsAt), registrationId, place, workerId, jobIds);
  }

  private static FairRegistration.Place place(String text) {
    try {
      return FairRegistration.Place.valueOf(text);
    } catch (IllegalArgumentException unknown) {
      throw new InvalidValue("place", "must be SEAT or BOOTH");
    }
  }
}
