package org.laborbridge.reports.domain;

/** How often the cooperation reports: every month (for the month before) and every week (for the ISO week before). */
public enum ReportKind {
  MONTHLY("monthly", "Monthly"),
  WEEKLY("weekly", "Weekly");

  private final String idPrefix;
  private final String title;

  ReportKind(String idPrefix, String title) {
    this.idPrefix = idPrefix;
    this.title = title;
  }

  /** The lower-case word that starts a report id, e.g. {@code monthly-2026-11}. */
  public String idPrefix() {
    return idPrefix;
  }

  public String title() {
    return title;
  }
}
