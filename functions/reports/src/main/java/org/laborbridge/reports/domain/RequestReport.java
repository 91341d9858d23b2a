package org.laborbridge.reports.domain;

import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.time.ProgrammeClock;

import java.time.Instant;

/**
 * Asks for a report: staff through the API, the schedules for the month or week just ended. The catalog notes the
 * request and the queue carries it to generation, so asking is quick and asking twice only generates twice.
 */
public final class RequestReport {

  public static final String BY_SCHEDULE = "schedule";

  private final ReportCatalog catalog;
  private final ReportQueue queue;
  private final ProgrammeClock clock;

  public RequestReport(ReportCatalog catalog, ReportQueue queue, ProgrammeClock clock) {
    this.catalog = catalog;
    this.queue = queue;
    this.clock = clock;
  }

  /** A period that has begun (a report on the current period covers it so far); one not begun yet is refused. */
  public ReportEntry request(Period period, String by) {
    if (period.startsAfter(clock.today())) {
      throw new InvalidValue(Period.FIELD, "has not begun yet: reports cover the past (or the current period so far)");
    }
    Instant now = clock.now();
    catalog.requested(period, now, by);
    queue.requestGeneration(period, now);
    return catalog.find(period).orElseThrow(() -> new IllegalStateException("the catalog lost report " + ReportIds.of(period)));
  }

  /** What the schedules ask for: the period that holds yesterday, i.e. the month or week that has just ended. */
  public ReportEntry requestJustEnded(ReportKind kind) {
    return request(Period.justEnded(kind, clock.today()), BY_SCHEDULE);
  }
}
