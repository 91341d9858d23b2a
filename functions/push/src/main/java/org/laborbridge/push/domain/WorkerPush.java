package org.laborbridge.push.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Something pushed to one worker, paced and delivered the same way whatever it is: a job matching picked
 * ({@link PushRequest}) or a campaign's message ({@link CampaignMessage}). {@link DeliverPush} takes either; only
 * what differs is asked of the push itself.
 */
public sealed interface WorkerPush permits PushRequest, CampaignMessage {

  /** The message id: the same however often the sender sends this push; the key that drops a repeat. */
  String pushId();

  Recipient worker();

  /** The message as it came, to put back on the queue unchanged when a deferred push falls due. */
  String message();

  /** What is pushed: names the reach item, the inbox entry, and the push's place in the day's pace. */
  PushTopic topic();

  /** What the worker's inbox keeps of it. */
  InboxContent content();

  /** The last day the push is worth making; a push released later is dropped (reach EXPIRED). */
  Optional<LocalDate> lastDay();

  /** The event type the worker's gateways receive. */
  String eventType();

  /** The event's data for the gateways, named fields only. */
  String payload(EventPayloads payloads);

  /** Who may see whom this push reached, where anyone may: a job's poster and its region's staff. */
  Optional<JobAccess> jobAccess();

  /** Tells the reports' counters of the first time this push was made. */
  void countFirstPush(PushActivity activity, Instant at);

  default String workerId() {
    return worker().id();
  }
}
