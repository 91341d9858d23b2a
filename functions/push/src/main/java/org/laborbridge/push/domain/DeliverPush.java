package org.laborbridge.push.domain;

import org.laborbridge.shared.time.ProgrammeClock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Pushes to a worker what matching picked (a job) or what a campaign tells them (a campaign message): paced first
 * (the day's limit, the quiet hours), then into the worker's inbox, then one signed webhook per consented channel
 * that a gateway serves in the worker's home region. Both kinds take the same steps and share the worker's daily
 * limit; only what differs (the topic, the content, the last day, the event) is asked of the push. Every step is
 * idempotent and ordered so that a retried message completes what a failed one began.
 */
public final class DeliverPush {

  public static final String SOURCE = "laborbridge.push";
  /** Pace items are for one day; keep them a little longer for support questions, then let TTL take them. */
  private static final Duration PACE_RETENTION = Duration.ofDays(3);

  /** EXPIRED: released after its last day (a job's validThrough, a campaign message's day + 2): not made. */
  public enum Outcome { PUSHED, ALREADY_PUSHED, DEFERRED_QUIET_HOURS, DEFERRED_DAILY_LIMIT, EXPIRED }

  /** @param webhooks how many webhook.deliver messages were queued (again, for a repeat) */
  public record Result(Outcome outcome, int webhooks, Optional<Instant> deferredUntil) {}

  private final InboxStore inbox;
  private final PaceStore paces;
  private final EndpointStore endpoints;
  private final DeferredStore deferred;
  private final PushQueue queue;
  private final EventPayloads payloads;
  private final Pacing pacing;
  private final PushActivity activity;
  private final ProgrammeClock clock;

  public DeliverPush(InboxStore inbox, PaceStore paces, EndpointStore endpoints, DeferredStore deferred, PushQueue queue,
      EventPayloads payloads, Pacing pacing, ProgrammeClock clock) {
    this(inbox, paces, endpoints, deferred, queue, payloads, pacing, PushActivity.NONE, clock);
  }

  public DeliverPush(InboxStore inbox, PaceStore paces, EndpointStore endpoints, DeferredStore deferred, PushQueue queue,
      EventPayloads payloads, Pacing pacing, PushActivity activity, ProgrammeClock clock) {
    this.inbox = inbox;
    this.paces = paces;
    this.endpoints = endpoints;
    this.deferred = deferred;
    this.queue = queue;
    this.payloads = payloads;
    this.pacing = pacing;
    this.activity = activity;
    this.clock = clock;
  }

  public Result push(WorkerPush push) {
    Instant now = clock.now();
    inbox.rememberWorker(push.worker());
    push.jobAccess().ifPresent(inbox::rememberJob);
    Optional<ReachEntry> earlier = inbox.reach(push.topic(), push.workerId());
    if (earlier.isPresent() && earlier.get().status() == ReachStatus.PUSHED && earlier.get().pushedAt().isPresent()) {
      // A repeat (or an earlier attempt cut short): finish the steps with the first push's time, count nothing.
      Instant pushedAt = earlier.get().pushedAt().get();
      inbox.addToInbox(push, pushedAt);
      return new Result(Outcome.ALREADY_PUSHED, sendToGateways(push, pushedAt), Optional.empty());
    }
    if (push.lastDay().filter(last -> last.isBefore(clock.today())).isPresent()) {
      // A push that waited past its last day would only be noise to the worker.
      inbox.markExpired(push);
      return new Result(Outcome.EXPIRED, 0, Optional.empty());
    }
    Optional<Instant> quietUntil = pacing.quietUntil(now);
    if (quietUntil.isPresent()) {
      return defer(push, quietUntil.get(), Outcome.DEFERRED_QUIET_HOURS);
    }
    // The topic's id (a job id, a campaign message id) holds the push's place in the day: job pushes and campaign
    // messages share the worker's limit, and a retry of a counted push passes without counting twice.
    if (!paces.claim(push.workerId(), pacing.day(now), push.topic().id(), pacing.dailyLimit(), now.plus(PACE_RETENTION))) {
      return defer(push, pacing.nextDay(now), Outcome.DEFERRED_DAILY_LIMIT);
    }
    Instant pushedAt = inbox.markPushed(push, now);
    if (pushedAt.equals(now)) {
      // This call pushed it first; a repeat finds the first push's time and counts nothing.
      push.countFirstPush(activity, pushedAt);
    }
    inbox.addToInbox(push, pushedAt);
    return new Result(Outcome.PUSHED, sendToGateways(push, pushedAt), Optional.empty());
  }

  /** The message is parked before the reach says DEFERRED, so a DEFERRED push always has a message to come back. */
  private Result defer(WorkerPush push, Instant until, Outcome why) {
    deferred.park(new DeferredMessage(until, push.pushId(), push.message()));
    inbox.markDeferred(push, until);
    return new Result(why, 0, Optional.of(until));
  }

  private int sendToGateways(WorkerPush push, Instant pushedAt) {
    // A back-office system is no way to reach a worker, whatever a message says the worker consented to.
    List<ChannelEndpoint> gateways = endpoints.active(push.worker().homeRegion()).stream()
        .filter(e -> e.channel().throughGateway() && e.channel().reachesWorkers()
            && push.worker().channels().contains(e.channel()))
        .toList();
    if (gateways.isEmpty()) {
      return 0;
    }
    String payload = push.payload(payloads);
    for (ChannelEndpoint gateway : gateways) {
      queue.send(new WebhookDelivery(deliveryId(push.pushId(), gateway.id()), SOURCE, pushedAt, gateway.id(),
          push.eventType(), payload, 1));
    }
    return gateways.size();
  }

  /**
   * One delivery per push (a job push's or a campaign message's id) and endpoint, whatever repeats: the receiver's
   * webhook-id.
   */
  public static String deliveryId(String pushId, String endpointId) {
    return Ids.derivedFrom("webhook.deliver", pushId, endpointId);
  }
}
