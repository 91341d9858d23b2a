package org.laborbridge.reports.domain;

import org.laborbridge.shared.time.ProgrammeClock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates a report from the period's counters: reads them (a fixed number of items), builds the tables with small
 * counts suppressed, writes the CSV, xlsx and HTML files under {@code reports/yyyy/mm/} and records them in the
 * catalog. The files' keys come from the report id, so generating again replaces them.
 */
public final class GenerateReport {

  private final ActivityCounts counts;
  private final ReportFiles files;
  private final ReportCatalog catalog;
  private final ProgrammeClock clock;

  public GenerateReport(ActivityCounts counts, ReportFiles files, ReportCatalog catalog, ProgrammeClock clock) {
    this.counts = counts;
    this.files = files;
    this.catalog = catalog;
    this.clock = clock;
  }

  public record Generated(String reportId, List<StoredFile> files, ReadCost read) {}

  public Generated generate(Period period) {
    Instant started = clock.now();
    CountsRead read = counts.read(period);
    Report report = ReportBuilder.build(period, read.counts(), started);
    List<StoredFile> stored = new ArrayList<>();
    for (ReportFormat format : ReportFormat.values()) {
      byte[] content = format.render(report);
      String key = ReportIds.fileKey(period, format);
      files.put(key, format, ReportIds.fileName(period, format), content);
      stored.add(new StoredFile(format, key, content.length));
    }
    catalog.generated(period, started, clock.now(), stored, read.cost());
    return new Generated(ReportIds.of(period), stored, read.cost());
  }
}
