package org.laborbridge.campaigns.domain;

import org.laborbridge.shared.region.Region;
import org.laborbridge.shared.time.ProgrammeClock;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One step of a fan-out: reads ONE page of a region's consented workers, queues the campaign's message for those in
 * its target groups, queues the next page, and only then moves the run on. Memory holds one page, whatever the size
 * of the audience.
 *
 * <p>A page message that is not the page the run waits for (a repeat, or a re-run's copy) sends nothing. A retry of
 * a page cut short before the run moved on sends that page's messages again under the same ids (campaign, day,
 * worker), which push delivers once. If the calendar no longer sends that day in that region (cancelled, moved, the
 * region dropped) the run stops: an edit takes effect even in the middle of a day.
 */
public final class SendAudiencePage {

  public enum Outcome { SENT, ALREADY_DONE, STOPPED, NO_RUN }

  /**
   * @param read workers on the page read
   * @param recipients messages queued
   * @param more whether a next page was queued
   */
  public record Result(Outcome outcome, int read, int recipients, boolean more) {
    static Result nothing(Outcome outcome) {
      return new Result(outcome, 0, 0, false);
    }
  }

  public static final int DEFAULT_PAGE_SIZE = 100;
  public static final int MAX_PAGE_SIZE = 500;

  private final CampaignStore store;
  private final RunStore runs;
  private final Audience audience;
  private final FairDirectory fairs;
  private final JobDirectory jobs;
  private final CampaignMessages messages;
  private final FanOut fanOut;
  private final int pageSize;
  private final ProgrammeClock clock;

  public SendAudiencePage(CampaignStore store, RunStore runs, Audience audience, FairDirectory fairs, JobDirectory jobs,
      CampaignMessages messages, FanOut fanOut, int pageSize, ProgrammeClock clock) {
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("the page size must be between 1 and " + MAX_PAGE_SIZE);
    }
    this.store = store;
    this.runs = runs;
    this.audience = audience;
    this.fairs = fairs;
    this.jobs = jobs;
    this.messages = messages;
    this.fanOut = fanOut;
    this.pageSize = pageSize;
    this.clock = clock;
  }

  public Result send(PageTask task) {
    RunKey key = task.key();
    Optional<RunState> run = runs.find(key);
    if (run.isEmpty()) {
      return Result.nothing(Outcome.NO_RUN);
    }
    if (!run.get().waitsFor(task.cursor())) {
      return Result.nothing(Outcome.ALREADY_DONE);
    }
    Instant now = clock.now();
    Optional<SendDay> day = store.find(key.campaignId()).flatMap(c -> c.sendDay(key.day()))
        .filter(d -> d.covers(key.region()) && d.reachesWorkers());
    if (day.isEmpty()) {
      runs.stop(key, task.cursor(), now);
      return Result.nothing(Outcome.STOPPED);
    }
    AudiencePage page = audience.page(key.region(), task.cursor(), pageSize);
    Highlights highlights = new Highlights(fairs, jobs, day.get(), now, clock.today());
    List<WorkerMessage> toSend = page.members().stream()
        .filter(m -> m.isIn(day.get().campaign().plan().targetGroups()))
        .map(m -> {
          List<Region> regions = m.regionsOfInterest(Highlights.REGIONS_PER_WORKER);
          return new WorkerMessage(WorkerMessage.idFor(day.get(), m.workerId()), day.get(), m,
              highlights.fairsIn(regions), highlights.jobsIn(regions));
        })
        .toList();
    messages.toWorkers(toSend);
    page.next().ifPresent(next -> fanOut.queue(List.of(new PageTask(key, Optional.of(next)))));
    runs.advance(key, task.cursor(), page.next(), toSend.size(), now);
    return new Result(Outcome.SENT, page.members().size(), toSend.size(), page.next().isPresent());
  }
}
