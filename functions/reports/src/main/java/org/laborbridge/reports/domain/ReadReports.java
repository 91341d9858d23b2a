package org.laborbridge.reports.domain;

import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;
import org.laborbridge.shared.problem.NotFound;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The catalog of reports, and one report with short-lived download links to its files. */
public final class ReadReports {

  private final ReportCatalog catalog;
  private final ReportFiles files;
  private final Duration linkValidity;

  public ReadReports(ReportCatalog catalog, ReportFiles files, Duration linkValidity) {
    this.catalog = catalog;
    this.files = files;
    this.linkValidity = linkValidity;
  }

  public record WithLinks(ReportEntry entry, Map<ReportFormat, DownloadLink> links) {}

  public WithLinks find(String id) {
    ReportEntry entry = ReportIds.parse(id).flatMap(catalog::find)
        .orElseThrow(() -> new NotFound("report", id));
    Map<ReportFormat, DownloadLink> links = new LinkedHashMap<>();
    entry.files().forEach(file -> links.put(file.format(), files.link(file.key(), linkValidity)));
    return new WithLinks(entry, links);
  }

  public Page<ReportEntry> list(Optional<ReportKind> kind, PageRequest page) {
    return catalog.list(kind, page);
  }
}
