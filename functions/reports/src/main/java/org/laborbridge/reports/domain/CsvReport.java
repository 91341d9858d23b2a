package org.laborbridge.reports.domain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The report as one CSV file (RFC 4180, CRLF): a title block, then each section as its title, a header row, the
 * regions and their total, separated by empty lines; the notes last. UTF-8 with a byte order mark, which is how
 * Excel recognises UTF-8 (the Chinese region names would be garbled otherwise).
 */
public final class CsvReport {

  static final String BOM = "\uFEFF";

  private CsvReport() {}

  public static byte[] render(Report report) {
    StringBuilder csv = new StringBuilder(BOM);
    line(csv, List.of(Report.TITLE, report.period().kind().title(), report.period().label()));
    line(csv, List.of("Period", report.period().first() + " to " + report.period().last()));
    line(csv, List.of("Generated", Figures.time(report.generatedAt())));
    for (Table table : report.tables()) {
      csv.append("\r\n");
      line(csv, List.of(table.title()));
      List<String> header = new ArrayList<>(List.of(table.rowHeading(), "Code"));
      table.columns().forEach(c -> header.add(c.title()));
      line(csv, header);
      for (Row row : table.allRows()) {
        List<String> cells = new ArrayList<>(List.of(row.label(), row.code()));
        for (int i = 0; i < row.cells().size(); i++) {
          cells.add(Figures.text(row.cells().get(i), table.columns().get(i).format(), false));
        }
        line(csv, cells);
      }
      line(csv, List.of(table.about()));
    }
    csv.append("\r\n");
    line(csv, List.of("Notes"));
    for (Cell.Mark mark : report.marksUsed()) {
      line(csv, List.of(mark.sign(), Report.explanation(mark)));
    }
    line(csv, List.of(Report.PRIVACY_NOTE));
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder csv, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(field(fields.get(i)));
    }
    csv.append("\r\n");
  }

  /**
   * Quotes what needs it. A field that starts like a formula ({@code = + - @}) is prefixed with an apostrophe so a
   * spreadsheet shows it as text; the marks ({@code <5}, {@code x}, {@code -}) are left alone: none is a formula.
   */
  static String field(String value) {
    String text = value;
    if (!text.isEmpty() && "=+@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
