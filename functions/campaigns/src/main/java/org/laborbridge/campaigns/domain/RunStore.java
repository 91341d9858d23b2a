package org.laborbridge.campaigns.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The progress of each fan-out, and which region notices went out: what makes a re-run of a day, or a repeated
 * message, send nothing twice. Every change is one conditional write on one item.
 */
public interface RunStore {

  /** Starts the run at its first page unless it exists; returns its state either way. */
  RunState start(RunKey key, Instant now);

  Optional<RunState> find(RunKey key);

  /**
   * Moves the run from page {@code from} to page {@code to} (empty: the last page was read, the run is DONE), if it
   * is still at {@code from}.
   *
   * @return false when another attempt moved it first
   */
  boolean advance(RunKey key, Optional<String> from, Optional<String> to, int recipients, Instant now);

  /** Ends the run at page {@code at} without reading further. */
  boolean stop(RunKey key, Optional<String> at, Instant now);

  boolean noticeSent(RunKey key);

  /** Every run and notice of a campaign's day (at most two items per region). */
  CampaignDay day(String campaignId, LocalDate day);

  void rememberNotice(RunKey key, String noticeId, Instant now);
}
