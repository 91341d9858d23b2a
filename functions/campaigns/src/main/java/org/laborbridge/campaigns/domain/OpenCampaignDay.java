package org.laborbridge.campaigns.domain;

import org.laborbridge.shared.region.Region;
import org.laborbridge.shared.time.ProgrammeClock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The daily run (09:00 China Standard Time): finds the campaigns that send today (a first day or a reminder day),
 * and for each of their regions starts the fan-out to that region's workers (one page message on the campaigns
 * queue) and tells the region's employers with one notice. A run or notice already done today is not done again, so
 * re-running the day, or the scheduler retrying it, sends nothing twice; a fan-out that was started but whose first
 * page message may be lost is queued again at the page it stands at.
 */
public final class OpenCampaignDay {

  /**
   * @param campaigns campaigns that send today
   * @param pagesQueued fan-outs whose current page was queued (started now, or resumed)
   * @param runsDone fan-outs that had already finished today
   * @param notices region notices to employers sent now
   */
  public record Opened(LocalDate day, int campaigns, int pagesQueued, int runsDone, int notices) {}

  private static final JobDirectory NO_JOBS = (region, max) -> List.of();

  private final CampaignStore store;
  private final CalendarDefaults defaults;
  private final RunStore runs;
  private final FanOut fanOut;
  private final CampaignMessages messages;
  private final FairDirectory fairs;
  private final ProgrammeClock clock;

  public OpenCampaignDay(CampaignStore store, CalendarDefaults defaults, RunStore runs, FanOut fanOut,
      CampaignMessages messages, FairDirectory fairs, ProgrammeClock clock) {
    this.store = store;
    this.defaults = defaults;
    this.runs = runs;
    this.fanOut = fanOut;
    this.messages = messages;
    this.fairs = fairs;
    this.clock = clock;
  }

  public Opened open() {
    Instant now = clock.now();
    LocalDate today = clock.today();
    defaults.ensureSeeded(today.getYear(), now);
    List<SendDay> sending = sendingOn(today);
    int queued = 0;
    int done = 0;
    int notified = 0;
    for (SendDay day : sending) {
      List<PageTask> tasks = new ArrayList<>();
      List<EmployerNotice> notices = new ArrayList<>();
      // Employers are told of the region's fairs; open jobs are theirs already.
      Highlights highlights = new Highlights(fairs, NO_JOBS, day, now, today);
      for (Region region : day.campaign().plan().regions().stream().sorted(Comparator.comparing(Region::code)).toList()) {
        RunKey key = new RunKey(day.campaign().id(), today, region);
        if (day.reachesWorkers()) {
          // The run item first, then its page message: a crash between leaves a RUNNING run the next try re-queues.
          RunState run = runs.start(key, now);
          if (run.status() == RunStatus.RUNNING) {
            tasks.add(new PageTask(key, run.cursor()));
          } else {
            done++;
          }
        }
        if (day.reachesEmployers() && !runs.noticeSent(key)) {
          notices.add(new EmployerNotice(EmployerNotice.idFor(day, region), day, region,
              highlights.fairsIn(List.of(region))));
        }
      }
      fanOut.queue(tasks);
      queued += tasks.size();
      // Sent, then remembered: a crash between sends the notice again under the same id, which push delivers once.
      messages.toEmployers(notices);
      for (EmployerNotice notice : notices) {
        runs.rememberNotice(new RunKey(day.campaign().id(), today, notice.region()), notice.id(), now);
      }
      notified += notices.size();
    }
    return new Opened(today, sending.size(), queued, done, notified);
  }

  /**
   * Campaigns are filed under the year they start; one sending today started at most a year ago, or (a reminder
   * before a linked fair) starts within the next {@value CampaignPlan#EARLIEST_REMINDER_DAYS} days.
   */
  private List<SendDay> sendingOn(LocalDate today) {
    List<SendDay> sending = new ArrayList<>();
    for (int year = today.getYear() - 1; year <= today.getYear() + 1; year++) {
      for (Campaign campaign : store.allOfYear(year)) {
        Optional<SendDay> day = campaign.sendDay(today);
        day.ifPresent(sending::add);
      }
    }
    return sending;
  }
}
