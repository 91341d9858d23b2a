package org.laborbridge.reports.domain;

import org.laborbridge.platform.counters.Metrics;
import org.laborbridge.shared.time.ProgrammeClock;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The operator's repair command: recomputes a period's counters from the records and writes them as absolute values,
 * so running it twice does no harm. It recomputes what the records it can read hold (jobs, workers, fair
 * registrations and check-ins, transfers); counts of matches, pushes, deliveries, campaign messages and the matched
 * flows have no records it reads, and are left as the live writers keep them.
 */
public final class RepairCounters {

  private static final Set<String> REGION_METRICS = Set.of(Metrics.JOBS_POSTED, Metrics.JOBS_CLOSED, Metrics.OPENINGS,
      Metrics.WORKERS_REGISTERED, Metrics.FAIR_REGISTRATIONS, Metrics.FAIR_CHECK_INS,
      Metrics.TRANSFER_DAYS_TO_COMPLETE, Metrics.TRANSFERS_OVERDUE);
  private static final Set<String> REGION_METRIC_PREFIXES = Set.of(Metrics.WORKERS_REGISTERED_IN_GROUP,
      Metrics.TRANSFERS_ENTERED);
  private static final Set<String> FLOW_METRICS = Set.of(Metrics.FLOW_FAIR_REGISTERED);
  static final String SUBMITTED = "SUBMITTED";
  static final String COMPLETED = "COMPLETED";

  private final ProgrammeRecords records;
  private final ActivityCounts counts;

  public RepairCounters(ProgrammeRecords records, ActivityCounts counts) {
    this.records = records;
    this.counts = counts;
  }

  public record Repaired(String period, ProgrammeRecords.Read read, int itemsWritten, PeriodCounts counts) {}

  /** Whether the repair recomputes this region metric (and so overwrites it). */
  public static boolean recomputes(String metric) {
    return REGION_METRICS.contains(metric) || REGION_METRIC_PREFIXES.stream().anyMatch(metric::startsWith);
  }

  public static boolean recomputesFlow(String metric) {
    return FLOW_METRICS.contains(metric);
  }

  public Repaired repair(Period period) {
    PeriodCounts.Tally tally = new PeriodCounts.Tally();
    AtomicLong jobs = new AtomicLong();
    AtomicLong workers = new AtomicLong();
    AtomicLong registrations = new AtomicLong();
    AtomicLong transfers = new AtomicLong();

    records.jobs(period, job -> {
      jobs.incrementAndGet();
      if (period.includes(job.createdAt())) {
        tally.add(job.region(), Metrics.JOBS_POSTED, 1).add(job.region(), Metrics.OPENINGS, job.openings());
      }
      job.closedAt().filter(period::includes).ifPresent(at -> tally.add(job.region(), Metrics.JOBS_CLOSED, 1));
    });
    records.workers(period, worker -> {
      workers.incrementAndGet();
      if (period.includes(worker.createdAt())) {
        tally.add(worker.homeRegion(), Metrics.WORKERS_REGISTERED, 1);
        worker.priorityGroups().forEach(g -> tally.add(worker.homeRegion(), Metrics.WORKERS_REGISTERED_IN_GROUP + g, 1));
      }
    });
    records.registrations(period, registration -> {
      registrations.incrementAndGet();
      if (period.includes(registration.registeredAt())) {
        tally.add(registration.fairRegion(), Metrics.FAIR_REGISTRATIONS, 1);
        if (registration.seat()) {
          tally.flow(registration.homeRegion(), registration.fairRegion(), Metrics.FLOW_FAIR_REGISTERED, 1);
        }
      }
      registration.checkedInAt().filter(period::includes)
          .ifPresent(at -> tally.add(registration.fairRegion(), Metrics.FAIR_CHECK_INS, 1));
    });
    records.transfers(period, transfer -> {
      transfers.incrementAndGet();
      transfer.reachedAt().forEach((state, at) -> {
        if (period.includes(at)) {
          tally.add(transfer.transferIn(), Metrics.TRANSFERS_ENTERED + state, 1);
          if (state.equals(COMPLETED) && transfer.reachedAt().containsKey(SUBMITTED)) {
            tally.add(transfer.transferIn(), Metrics.TRANSFER_DAYS_TO_COMPLETE,
                daysBetween(transfer.reachedAt().get(SUBMITTED), at));
          }
        }
      });
      transfer.flaggedAt().stream().filter(period::includes)
          .forEach(at -> tally.add(transfer.transferIn(), Metrics.TRANSFERS_OVERDUE, 1));
    });

    PeriodCounts recomputed = tally.counts();
    int written = counts.replace(period, recomputed, RepairCounters::recomputes, RepairCounters::recomputesFlow);
    return new Repaired(ReportIds.of(period),
        new ProgrammeRecords.Read(jobs.get(), workers.get(), registrations.get(), transfers.get()), written, recomputed);
  }

  /** Calendar days in China Standard Time from application to completion: the days a worker waited. */
  static long daysBetween(java.time.Instant from, java.time.Instant to) {
    return ChronoUnit.DAYS.between(LocalDate.ofInstant(from, ProgrammeClock.ZONE), LocalDate.ofInstant(to, ProgrammeClock.ZONE));
  }
}
