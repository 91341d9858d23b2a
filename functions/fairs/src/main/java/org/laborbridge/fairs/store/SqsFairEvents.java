package org.laborbridge.fairs.store;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.laborbridge.fairs.domain.Fair;
import org.laborbridge.fairs.domain.FairEvents;
import org.laborbridge.fairs.domain.Ids;
import org.laborbridge.fairs.domain.Registration;
import org.laborbridge.platform.sqs.EnvelopeSender;
import org.laborbridge.shared.message.Envelope;
import org.laborbridge.shared.time.ProgrammeClock;

import java.util.List;

/**
 * Tells matching about confirmed registrations ({@code fair.registration.confirmed} on MatchingQueue) and asks
 * push to tell registrants of a cancelled fair ({@code notice.requested} on PushQueue, to the gateways of the
 * registrant's home region). Messages carry ids, regions and the fair's public facts: nothing personal.
 */
public final class SqsFairEvents implements FairEvents {

  public static final String SOURCE = "laborbridge.fairs";
  public static final String REGISTRATION_CONFIRMED = "fair.registration.confirmed";
  public static final String NOTICE_REQUESTED = "notice.requested";
  public static final String FAIR_CANCELLED = "fair.cancelled";
  /** The gateways that reach people; a region's back-office system (SYSTEM) is not told. */
  static final List<String> PEOPLE_CHANNELS = List.of("SMS", "APP", "WECHAT");
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final EnvelopeSender sender;
  private final String matchingQueueUrl;
  private final String pushQueueUrl;
  private final ProgrammeClock clock;

  public SqsFairEvents(EnvelopeSender sender, String matchingQueueUrl, String pushQueueUrl, ProgrammeClock clock) {
    this.sender = sender;
    this.matchingQueueUrl = matchingQueueUrl;
    this.pushQueueUrl = pushQueueUrl;
    this.clock = clock;
  }

  @Override
  public void confirmed(Fair fair, Registration registration) {
    sender.send(matchingQueueUrl, List.of(confirmation(fair, registration)));
  }

  @Override
  public void cancelled(Fair fair, List<Registration> registrations) {
    sender.send(pushQueueUrl, registrations.stream().map(r -> cancellationNotice(fair, r)).toList());
  }

  static Envelope confirmation(Fair fair, Registration registration) {
    ObjectNode data = JSON.objectNode();
    data.put("fairId", fair.id());
    data.put("fairRegion", fair.plan().region().code());
    data.put("startsAt", fair.plan().startsAt().toString());
    data.put("endsAt", fair.plan().endsAt().toString());
    data.put("registrationId", registration.id());
    data.put("place", registration.place().name());
    registration.registrant().workerId().ifPresent(w -> data.put("workerId", w));
    data.put("homeRegion", registration.registrant().homeRegion().code());
    registration.registrant().jobIds().forEach(data.putArray("jobIds")::add);
    // Each round of registering is news; repeating one round is not.
    String id = Ids.messageId(REGISTRATION_CONFIRMED, registration.id(), Integer.toString(registration.round()));
    return new Envelope(id, REGISTRATION_CONFIRMED, registration.confirmedAt().orElse(registration.registeredAt()),
        SOURCE, data);
  }

  Envelope cancellationNotice(Fair fair, Registration registration) {
    ObjectNode payload = JSON.objectNode();
    payload.put("fairId", fair.id());
    payload.put("fairName", fair.plan().name());
    payload.put("startsAt", fair.plan().startsAt().toString());
    payload.put("registrationId", registration.id());
    payload.put("place", registration.place().name());
    registration.registrant().workerId().ifPresent(w -> payload.put("workerId", w));
    registration.registrant().employerSubject().ifPresent(e -> payload.put("employerAccount", e));
    fair.cancelReason().ifPresent(reason -> payload.put("reason", reason));
    ObjectNode data = JSON.objectNode();
    data.put("region", registration.registrant().homeRegion().code());
    PEOPLE_CHANNELS.forEach(data.putArray("channels")::add);
    data.put("eventType", FAIR_CANCELLED);
    data.set("payload", payload);
    String id = Ids.messageId(FAIR_CANCELLED, fair.id(), registration.id());
    return new Envelope(id, NOTICE_REQUESTED, fair.cancelledAt().orElse(clock.now()), SOURCE, data);
  }
}
