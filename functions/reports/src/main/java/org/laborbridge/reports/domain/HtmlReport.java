package org.laborbridge.reports.domain;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The report as one self-contained web page: inline styles and charts drawn on the server as inline SVG (jobs posted
 * per region as bars, the labor flow matrix as a heat map), then every table. It loads nothing from anywhere, so it
 * opens in a browser with no network. The markup is XHTML-compatible (well-formed XML) as well as HTML5.
 */
public final class HtmlReport {

  static final String JOBS_CHART_ID = "jobs-posted-chart";
  static final String FLOW_CHART_ID = "flow-heat-map";
  private static final String SVG = "http://www.w3.org/2000/svg";
  private static final String BAR_COLOUR = "#3b6ea8";
  private static final String SUPPRESSED_COLOUR = "#d9d9d9";

  private HtmlReport() {}

  public static byte[] render(Report report) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
        .append("<meta charset=\"utf-8\"/>\n<title>").append(e(title(report))).append("</title>\n")
        .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
        .append("<h1>").append(e(Report.TITLE)).append("</h1>\n")
        .append("<p class=\"period\">").append(e(report.period().kind().title() + " report: " + report.period().description()
            + ". Generated " + Figures.time(report.generatedAt()) + "."))
        .append("</p>\n<section id=\"charts\">\n<h2>").append(e(ReportBuilder.JOBS_POSTED + " per region")).append("</h2>\n");
    barChart(html, report.table(ReportBuilder.JOBS));
    html.append("<h2>Labor flows: home region to region of work</h2>\n");
    heatMap(html, report.table(ReportBuilder.FLOWS));
    html.append("</section>\n");
    for (Table table : report.tables()) {
      table(html, table);
    }
    html.append("<section id=\"notes\">\n<h2>Notes</h2>\n<dl>\n");
    for (Cell.Mark mark : report.marksUsed()) {
      html.append("<dt>").append(e(mark.sign())).append("</dt><dd>").append(e(Report.explanation(mark))).append("</dd>\n");
    }
    html.append("</dl>\n<p>").append(e(Report.PRIVACY_NOTE)).append("</p>\n</section>\n</body>\n</html>\n");
    return html.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String title(Report report) {
    return Report.TITLE + " " + report.period().label();
  }

  private static void table(StringBuilder html, Table table) {
    html.append("<section class=\"table\" id=\"").append(e(id(table.key()))).append("\">\n<h2>").append(e(table.title()))
        .append("</h2>\n<p class=\"about\">").append(e(table.about())).append("</p>\n<table>\n<thead><tr><th scope=\"col\">")
        .append(e(table.rowHeading())).append("</th>");
    table.columns().forEach(c -> html.append("<th scope=\"col\">").append(e(c.title())).append("</th>"));
    html.append("</tr></thead>\n<tbody>\n");
    for (Row row : table.allRows()) {
      boolean total = table.total().map(t -> t == row).orElse(false);
      html.append(total ? "<tr class=\"total\">" : "<tr>").append("<th scope=\"row\">").append(e(row.label())).append("</th>");
      for (int i = 0; i < row.cells().size(); i++) {
        Cell cell = row.cells().get(i);
        html.append(cell.shown() ? "<td>" : "<td class=\"marked\">")
            .append(e(Figures.text(cell, table.columns().get(i).format(), true))).append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n</section>\n");
  }

  /** Horizontal bars, one per region; a suppressed count gets no bar (its length would tell it), only its sign. */
  private static void barChart(StringBuilder html, Table jobs) {
    int column = jobs.column(ReportBuilder.JOBS_POSTED);
    List<Row> rows = jobs.rows();
    double max = Math.max(1, rows.stream().map(r -> r.cells().get(column)).filter(Cell::shown)
        .mapToDouble(Cell::value).max().orElse(1));
    int labelWidth = 120;
    int barSpace = 520;
    int rowHeight = 30;
    int height = rows.size() * rowHeight + 20;
    int width = labelWidth + barSpace + 80;
    svgOpen(html, JOBS_CHART_ID, width, height, ReportBuilder.JOBS_POSTED + " per region");
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      Cell cell = row.cells().get(column);
      int y = 10 + i * rowHeight;
      html.append("<g class=\"bar\"><text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 19)
          .append("\" text-anchor=\"end\">").append(e(row.label())).append("</text>");
      int x = labelWidth;
      if (cell.shown() && cell.value() > 0) {
        int length = (int) Math.max(1, Math.round(barSpace * cell.value() / max));
        html.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 4).append("\" width=\"").append(length)
            .append("\" height=\"20\" fill=\"").append(BAR_COLOUR).append("\"/>");
        x += length;
      }
      html.append("<text x=\"").append(x + 6).append("\" y=\"").append(y + 19).append("\"")
          .append(cell.shown() ? "" : " class=\"marked\"").append('>')
          .append(e(Figures.text(cell, Column.Format.COUNT, true))).append("</text></g>\n");
    }
    html.append("</svg>\n");
  }

  /** The flow matrix: darker is more; suppressed cells are grey with their sign. */
  private static void heatMap(StringBuilder html, Table flows) {
    List<Row> rows = flows.rows();
    int cellWidth = 64;
    int cellHeight = 34;
    int left = 120;
    int top = 90;
    int width = left + flows.columns().size() * cellWidth + 20;
    int height = top + rows.size() * cellHeight + 40;
    double max = Math.max(1, rows.stream().flatMap(r -> r.cells().stream()).filter(Cell::shown)
        .mapToDouble(Cell::value).max().orElse(1));
    svgOpen(html, FLOW_CHART_ID, width, height, "Labor flow matrix: workers' home region (rows) to the region of "
        + "their jobs and fairs (columns)");
    for (int c = 0; c < flows.columns().size(); c++) {
      int x = left + c * cellWidth + cellWidth / 2;
      html.append("<text class=\"column\" x=\"").append(x).append("\" y=\"").append(top - 8)
          .append("\" transform=\"rotate(-40 ").append(x).append(' ').append(top - 8).append(")\">")
          .append(e(flows.columns().get(c).title())).append("</text>\n");
    }
    for (int r = 0; r < rows.size(); r++) {
      Row row = rows.get(r);
      int y = top + r * cellHeight;
      html.append("<text x=\"").append(left - 8).append("\" y=\"").append(y + cellHeight / 2 + 5)
          .append("\" text-anchor=\"end\">").append(e(row.label())).append("</text>\n");
      for (int c = 0; c < row.cells().size(); c++) {
        Cell cell = row.cells().get(c);
        double share = cell.shown() ? cell.value() / max : 0;
        String fill = cell.shown() ? shade(share) : SUPPRESSED_COLOUR;
        String text = Figures.text(cell, Column.Format.COUNT, true);
        int x = left + c * cellWidth;
        html.append("<g class=\"cell\"><title>").append(e(row.label() + " to " + flows.columns().get(c).title() + ": " + text))
            .append("</title><rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(cellWidth - 2)
            .append("\" height=\"").append(cellHeight - 2).append("\" fill=\"").append(fill).append("\"/><text x=\"")
            .append(x + cellWidth / 2 - 1).append("\" y=\"").append(y + cellHeight / 2 + 4)
            .append("\" text-anchor=\"middle\"").append(share > 0.55 ? " class=\"light\"" : "").append('>')
            .append(e(text)).append("</text></g>\n");
      }
    }
    int legendY = top + rows.size() * cellHeight + 24;
    html.append("<text x=\"").append(left).append("\" y=\"").append(legendY)
        .append("\" class=\"legend\">Darker: more workers. Grey: suppressed (1 to 4).</text>\n</svg>\n");
  }

  private static void svgOpen(StringBuilder html, String id, int width, int height, String title) {
    html.append("<svg xmlns=\"").append(SVG).append("\" id=\"").append(id).append("\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title\">\n<title id=\"").append(id)
        .append("-title\">").append(e(title)).append("</title>\n");
  }

  /** From a pale blue (few) to a dark blue (the most of the matrix); white for none. */
  static String shade(double share) {
    if (share <= 0) {
      return "#ffffff";
    }
    int[] pale = {0xde, 0xeb, 0xf7};
    int[] dark = {0x08, 0x30, 0x6b};
    StringBuilder colour = new StringBuilder("#");
    for (int i = 0; i < 3; i++) {
      colour.append(String.format(Locale.ROOT, "%02x", Math.round(pale[i] + (dark[i] - pale[i]) * Math.min(1, share))));
    }
    return colour.toString();
  }

  private static String id(String key) {
    return key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }

  private static String e(String text) {
    return Markup.escape(text);
  }

  private static final String STYLE = "body{font-family:system-ui,'Segoe UI','PingFang SC','Microsoft YaHei',sans-serif;"
      + "margin:2em;color:#1a1a1a;max-width:1100px}h1{font-size:1.6em}h2{font-size:1.2em;margin-top:1.6em}"
      + "table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #c8d0da;padding:.3em .6em}"
      + "td{text-align:right;font-variant-numeric:tabular-nums}thead th{background:#dde4ee}"
      + "tr.total th,tr.total td{font-weight:bold;background:#f3f6fa}td.marked{color:#6b6b6b}"
      + "p.about{color:#444;max-width:60em}svg text{font-size:13px;fill:#1a1a1a}svg text.legend,svg text.marked{fill:#555}"
      + "svg text.light{fill:#ffffff}"
      + "svg text.column{text-anchor:start}";
}
