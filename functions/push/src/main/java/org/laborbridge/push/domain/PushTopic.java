package org.laborbridge.push.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * What a push brings a worker: a job matching picked, or one campaign's message of one day. It names the worker's
 * inbox entry and the reach item that remembers how far the push has come.
 *
 * @param id the job id, or the campaign message's id
 */
public record PushTopic(Kind kind, String id) {

  public enum Kind { JOB, CAMPAIGN }

  /** How a campaign message's inbox entry is named beside job ids: {@code campaign:<messageId>}. */
  static final String CAMPAIGN_ENTRY_PREFIX = "campaign:";

  public PushTopic {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }

  public static PushTopic job(String jobId) {
    return new PushTopic(Kind.JOB, jobId);
  }

  public static PushTopic campaign(String messageId) {
    return new PushTopic(Kind.CAMPAIGN, messageId);
  }

  /** The inbox entry's id as the API shows it and takes it back to mark it read: the job id, or campaign:<messageId>. */
  public String entryId() {
    return kind == Kind.JOB ? id : CAMPAIGN_ENTRY_PREFIX + id;
  }

  /** The topic an entry id names; empty for text that is no entry id. */
  public static Optional<PushTopic> ofEntryId(String entryId) {
    if (entryId != null && entryId.startsWith(CAMPAIGN_ENTRY_PREFIX)) {
      String messageId = entryId.substring(CAMPAIGN_ENTRY_PREFIX.length());
      return Ids.isRecordId(messageId) ? Optional.of(campaign(messageId)) : Optional.empty();
    }
    return Ids.isRecordId(entryId) ? Optional.of(job(entryId)) : Optional.empty();
  }
}
