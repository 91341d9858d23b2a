package org.laborbridge.reports.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A report in the catalog: what was asked for, by whom (a staff account or "schedule"), and, once generated, its
 * files and what reading the counters cost.
 */
public record ReportEntry(String id, Period period, ReportStatus status, Instant requestedAt, String requestedBy,
    Optional<Instant> generatedAt, long generations, List<StoredFile> files, Optional<ReadCost> read) {

  public ReportEntry {
    files = List.copyOf(files);
  }
}
