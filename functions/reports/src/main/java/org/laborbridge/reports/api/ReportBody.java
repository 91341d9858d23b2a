package org.laborbridge.reports.api;

import io.micronaut.core.annotation.Introspected;
import org.laborbridge.platform.http.FieldCheck;
import org.laborbridge.reports.domain.Period;
import org.laborbridge.reports.domain.ReportKind;

/**
 * A request for a report: {@code kind} MONTHLY or WEEKLY and the {@code period}, a month {@code 2026-11} or an ISO
 * week {@code 2026-W48} (China Standard Time).
 */
@Introspected
public record ReportBody(String kind, String period) {

  Period toPeriod() {
    FieldCheck check = new FieldCheck();
    ReportKind reportKind = check.oneOf("kind", kind, ReportKind.class);
    Period parsed = reportKind == null ? null : check.required("period", period, text -> Period.parse(reportKind, text));
    if (reportKind == null && (period == null || period.isBlank())) {
      check.fail("period", "is required");
    }
    check.throwIfAny();
    return parsed;
  }
}
