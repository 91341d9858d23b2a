package org.laborbridge.reports.domain;

import org.laborbridge.shared.problem.InvalidValue;

import java.util.Optional;

/**
 * A report's id is its kind and period ({@code monthly-2026-11}, {@code weekly-2026-W48}): asking for the same
 * period again reaches the same report, whose files and catalog entry are replaced, never duplicated.
 */
public final class ReportIds {

  private ReportIds() {}

  public static String of(Period period) {
    return period.kind().idPrefix() + "-" + period.label();
  }

  /** The period an id names, or empty when the text is no report id. */
  public static Optional<Period> parse(String id) {
    if (id == null || id.length() > 32) {
      return Optional.empty();
    }
    for (ReportKind kind : ReportKind.values()) {
      String prefix = kind.idPrefix() + "-";
      if (id.startsWith(prefix)) {
        try {
          Period period = Period.parse(kind, id.substring(prefix.length()));
          return of(period).equals(id) ? Optional.of(period) : Optional.empty();
        } catch (InvalidValue notAPeriod) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /** Where a report's file lives in the files bucket: {@code reports/2026/11/monthly-2026-11.csv}. */
  public static String fileKey(Period period, ReportFormat format) {
    return "reports/" + period.folder() + "/" + fileName(period, format);
  }

  public static String fileName(Period period, ReportFormat format) {
    return "laborbridge-" + of(period) + "." + format.extension();
  }
}
