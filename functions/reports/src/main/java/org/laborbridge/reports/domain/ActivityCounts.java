package org.laborbridge.reports.domain;

import java.util.function.Predicate;

/** The programme's activity counters (kept by the functions that own each activity). */
public interface ActivityCounts {

  /** Every counter of the period: one read of the period's items, however many records they count. */
  CountsRead read(Period period);

  /**
   * Writes recomputed counts as absolute values. Only the metrics the predicates own are touched: each is set to its
   * recomputed value, or removed where it is now zero; every other metric stays as the live writers left it.
   *
   * @return how many counter items were written
   */
  int replace(Period period, PeriodCounts recomputed, Predicate<String> regionMetric, Predicate<String> flowMetric);
}
