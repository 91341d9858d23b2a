package org.laborbridge.reports.domain;

import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The reports asked for and generated: one entry per kind and period. */
public interface ReportCatalog {

  /** Marks the report asked for (again); its earlier files, if any, stay. */
  void requested(Period period, Instant at, String by);

  /**
   * Records a generation's files. The report becomes READY unless it was asked for again after this generation began
   * (that request's own message will generate it once more).
   */
  void generated(Period period, Instant startedAt, Instant finishedAt, List<StoredFile> files, ReadCost read);

  Optional<ReportEntry> find(Period period);

  /** Newest period first (weekly reports, then monthly ones, when no kind is given). */
  Page<ReportEntry> list(Optional<ReportKind> kind, PageRequest page);
}
