package org.laborbridge.reports.domain;

import java.time.Instant;

/** Where report requests wait to be generated (the reports queue): generating takes longer than an HTTP answer should. */
public interface ReportQueue {

  void requestGeneration(Period period, Instant requestedAt);
}
