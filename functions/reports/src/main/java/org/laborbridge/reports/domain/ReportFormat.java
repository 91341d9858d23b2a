package org.laborbridge.reports.domain;

/** The three files of every report. */
public enum ReportFormat {
  CSV("csv", "text/csv; charset=utf-8"),
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  HTML("html", "text/html; charset=utf-8");

  private final String extension;
  private final String contentType;

  ReportFormat(String extension, String contentType) {
    this.extension = extension;
    this.contentType = contentType;
  }

  public String extension() {
    return extension;
  }

  public String contentType() {
    return contentType;
  }

  /** Renders a report in this format. */
  public byte[] render(Report report) {
    return switch (this) {
      case CSV -> CsvReport.render(report);
      case XLSX -> XlsxReport.render(report);
      case HTML -> HtmlReport.render(report);
    };
  }
}
