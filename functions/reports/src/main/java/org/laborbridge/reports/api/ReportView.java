package org.laborbridge.reports.api;

import io.micronaut.core.annotation.Introspected;
import org.laborbridge.reports.domain.DownloadLink;
import org.laborbridge.reports.domain.ReportEntry;
import org.laborbridge.reports.domain.ReportFormat;

import java.util.List;
import java.util.Map;

/**
 * A report as the API shows it. {@code files} lists what the last generation wrote; reading one report adds a
 * short-lived presigned {@code url} to each (lists do not). {@code itemsRead} is how many counter items the last
 * generation read, and {@code capacityUnits} the DynamoDB read capacity that cost: both depend on the regions and flows
 * with activity, never on the number of records.
 */
@Introspected
public record ReportView(String id, String kind, String period, String firstDay, String lastDay, String status,
    String requestedAt, String requestedBy, String generatedAt, long generations, Integer itemsRead,
    Double capacityUnits, List<FileView> files) {

  /** One file of a report; {@code url} and {@code expiresAt} only when a single report is read. */
  @Introspected
  public record FileView(String format, String contentType, long bytes, String url, String expiresAt) {}

  static ReportView of(ReportEntry entry, Map<ReportFormat, DownloadLink> links) {
    List<FileView> files = entry.files().stream().map(file -> {
      DownloadLink link = links.get(file.format());
      return new FileView(file.format().name(), file.format().contentType(), file.bytes(),
          link == null ? null : link.url().toString(), link == null ? null : link.expiresAt().toString());
    }).toList();
    return new ReportView(entry.id(), entry.period().kind().name(), entry.period().label(),
        entry.period().first().toString(), entry.period().last().toString(), entry.status().name(),
        entry.requestedAt().toString(), entry.requestedBy(), entry.generatedAt().map(Object::toString).orElse(null),
        entry.generations(), entry.read().map(r -> r.items()).orElse(null),
        entry.read().map(r -> r.capacityUnits()).orElse(null), files);
  }
}
