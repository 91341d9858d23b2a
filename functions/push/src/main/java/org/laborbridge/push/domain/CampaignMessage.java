package org.laborbridge.push.domain;

import org.laborbridge.shared.problem.InvalidValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A campaign's message for one worker on one day (a campaign.message.requested message from the campaigns
 * function): pushed like a job, so the worker's consent, the quiet hours and the daily limit hold for it too.
 *
 * @param messageId derived by campaigns from campaign, day and worker: the same however often the day is run
 * @param message the message as it came, to put back on the queue unchanged when a deferred message falls due
 */
public record CampaignMessage(String messageId, Recipient worker, CampaignContent campaign, String message)
    implements WorkerPush {

  public static final String EVENT_TYPE = "campaign.message";
  /**
   * How many days after its campaign day a message is still worth sending: one held back by the daily limit may go
   * the next day or the one after; later it would announce an opening or a fair the worker has long heard of.
   */
  public static final int DAYS_WORTH_SENDING = 2;

  public CampaignMessage {
    if (!Ids.isRecordId(messageId)) {
      throw new InvalidValue("id", "must be a message id");
    }
    Objects.requireNonNull(worker, "worker");
    Objects.requireNonNull(campaign, "campaign");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String pushId() {
    return messageId;
  }

  @Override
  public PushTopic topic() {
    return PushTopic.campaign(messageId);
  }

  @Override
  public InboxContent content() {
    return campaign;
  }

  @Override
  public Optional<LocalDate> lastDay() {
    return Optional.of(campaign.day().plusDays(DAYS_WORTH_SENDING));
  }

  @Override
  public String eventType() {
    return EVENT_TYPE;
  }

  @Override
  public String payload(EventPayloads payloads) {
    return payloads.campaignMessage(this);
  }

  @Override
  public Optional<JobAccess> jobAccess() {
    return Optional.empty();
  }

  @Override
  public void countFirstPush(PushActivity activity, Instant at) {
    activity.campaignMessagePushed(worker.homeRegion(), at);
  }

  @Override
  public String toString() {
    return "CampaignMessage[messageId=" + messageId + ", campaignId=" + campaign.campaignId() + ", workerId=" + worker.id() + "]";
  }
}
