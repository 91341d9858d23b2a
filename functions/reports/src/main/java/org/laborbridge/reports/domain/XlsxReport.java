package org.laborbridge.reports.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The report as an Excel workbook (Office Open XML SpreadsheetML, ECMA-376): an "About" sheet, then a sheet per
 * section with its header row frozen and its figures as numbers with number formats (counts {@code #,##0}, rates
 * {@code 0.0%}, days {@code 0.0}); suppressed cells hold their sign as text.
 *
 * <p>Written directly with java.util.zip rather than Apache POI: what a report needs is a few fixed parts, and POI
 * with its dependencies would push the function's jar past its size budget (decision 0008). Tests read every
 * workbook back with POI.
 */
public final class XlsxReport {

  static final String ABOUT = "About";
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

  // Cell styles: indexes into styles.xml's cellXfs, in the order written there.
  private static final int HEADER_STYLE = 1;
  private static final int COUNT_STYLE = 2;
  private static final int PERCENT_STYLE = 3;
  private static final int DAYS_STYLE = 4;
  private static final int MARK_STYLE = 5;
  private static final int TITLE_STYLE = 6;
  private static final int BOLD_STYLE = 7;

  private XlsxReport() {}

  public static byte[] render(Report report) {
    List<String> names = new ArrayList<>();
    List<String> sheets = new ArrayList<>();
    names.add(ABOUT);
    sheets.add(about(report));
    for (Table table : report.tables()) {
      names.add(table.key());
      sheets.add(section(table, report));
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // Entries carry the report's time, so the same report gives the same bytes.
    FileTime time = FileTime.from(report.generatedAt());
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      put(zip, time, "[Content_Types].xml", contentTypes(sheets.size()));
      put(zip, time, "_rels/.rels", HEADER + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">"
          + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
          + "<Relationship Id=\"rId2\" Type=\"" + PACKAGE_RELATIONSHIPS + "/metadata/core-properties\" "
          + "Target=\"docProps/core.xml\"/></Relationships>");
      put(zip, time, "docProps/core.xml", coreProperties(report));
      put(zip, time, "xl/workbook.xml", workbook(names));
      put(zip, time, "xl/_rels/workbook.xml.rels", workbookRelationships(sheets.size()));
      put(zip, time, "xl/styles.xml", STYLES);
      for (int i = 0; i < sheets.size(); i++) {
        put(zip, time, "xl/worksheets/sheet" + (i + 1) + ".xml", sheets.get(i));
      }
    } catch (IOException inMemory) {
      throw new UncheckedIOException(inMemory);
    }
    return bytes.toByteArray();
  }

  private static void put(ZipOutputStream zip, FileTime time, String name, String content) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setLastModifiedTime(time);
    zip.putNextEntry(entry);
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static String about(Report report) {
    Sheet sheet = new Sheet();
    sheet.row().text(Report.TITLE, TITLE_STYLE);
    sheet.row().text("Report", BOLD_STYLE).text(report.period().kind().title() + " " + report.period().label(), 0);
    sheet.row().text("Period", BOLD_STYLE).text(report.period().description(), 0);
    sheet.row().text("Generated", BOLD_STYLE).text(Figures.time(report.generatedAt()), 0);
    sheet.row();
    sheet.row().text("Sheets", BOLD_STYLE);
    report.tables().forEach(t -> sheet.row().text(t.key(), 0).text(t.title(), 0));
    sheet.row();
    notes(sheet, report);
    return sheet.xml(false, new double[] {22, 90});
  }

  private static String section(Table table, Report report) {
    Sheet sheet = new Sheet();
    Sheet.Line header = sheet.row().text(table.rowHeading(), HEADER_STYLE).text("Code", HEADER_STYLE);
    table.columns().forEach(c -> header.text(c.title(), HEADER_STYLE));
    for (Row row : table.allRows()) {
      boolean total = table.total().map(t -> t == row).orElse(false);
      Sheet.Line line = sheet.row().text(row.label(), total ? BOLD_STYLE : 0).text(row.code(), 0);
      for (int i = 0; i < row.cells().size(); i++) {
        Cell cell = row.cells().get(i);
        if (cell.shown()) {
          line.number(cell.value(), switch (table.columns().get(i).format()) {
            case COUNT -> COUNT_STYLE;
            case PERCENT -> PERCENT_STYLE;
            case DAYS -> DAYS_STYLE;
          });
        } else {
          line.text(cell.mark().sign(), MARK_STYLE);
        }
      }
    }
    sheet.row();
    sheet.row().text(table.about(), 0);
    notes(sheet, report);
    double[] widths = new double[table.columns().size() + 2];
    widths[0] = 22;
    widths[1] = 7;
    for (int i = 2; i < widths.length; i++) {
      widths[i] = Math.max(11, Math.min(26, table.columns().get(i - 2).title().length() + 3));
    }
    return sheet.xml(true, widths);
  }

  private static void notes(Sheet sheet, Report report) {
    for (Cell.Mark mark : report.marksUsed()) {
      sheet.row().text(mark.sign(), MARK_STYLE).text(Report.explanation(mark), 0);
    }
    sheet.row().text(Report.PRIVACY_NOTE, 0);
  }

  /** One worksheet's rows, written as SpreadsheetML with inline strings. */
  private static final class Sheet {
    private final List<Line> lines = new ArrayList<>();

    Line row() {
      Line line = new Line(lines.size() + 1);
      lines.add(line);
      return line;
    }

    String xml(boolean frozenHeader, double[] widths) {
      StringBuilder xml = new StringBuilder(HEADER).append("<worksheet xmlns=\"").append(MAIN).append("\" xmlns:r=\"")
          .append(RELATIONSHIPS).append("\"><sheetViews><sheetView workbookViewId=\"0\">");
      if (frozenHeader) {
        xml.append("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
            .append("<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>");
      }
      xml.append("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>");
      for (int i = 0; i < widths.length; i++) {
        xml.append("<col min=\"").append(i + 1).append("\" max=\"").append(i + 1).append("\" width=\"")
            .append(widths[i]).append("\" customWidth=\"1\"/>");
      }
      xml.append("</cols><sheetData>");
      for (Line line : lines) {
        xml.append("<row r=\"").append(line.number).append("\">").append(line.cells).append("</row>");
      }
      return xml.append("</sheetData></worksheet>").toString();
    }

    private static final class Line {
      private final int number;
      private final StringBuilder cells = new StringBuilder();
      private int column;

      Line(int number) {
        this.number = number;
      }

      Line text(String value, int style) {
        String preserve = !value.equals(value.strip()) ? " xml:space=\"preserve\"" : "";
        cells.append("<c r=\"").append(reference()).append("\" t=\"inlineStr\"").append(style(style)).append("><is><t")
            .append(preserve).append('>').append(Markup.escape(value)).append("</t></is></c>");
        column++;
        return this;
      }

      Line number(double value, int style) {
        String written = value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
            : Double.toString(value);
        cells.append("<c r=\"").append(reference()).append('"').append(style(style)).append("><v>").append(written)
            .append("</v></c>");
        column++;
        return this;
      }

      private String reference() {
        return columnName(column) + number;
      }

      private static String style(int style) {
        return style == 0 ? "" : " s=\"" + style + "\"";
      }
    }
  }

  /** 0 → A, 25 → Z, 26 → AA. */
  static String columnName(int index) {
    StringBuilder name = new StringBuilder();
    for (int i = index; i >= 0; i = i / 26 - 1) {
      name.insert(0, (char) ('A' + i % 26));
    }
    return name.toString();
  }

  private static String contentTypes(int sheets) {
    StringBuilder xml = new StringBuilder(HEADER)
        .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
        .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
        .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
        .append("<Override PartName=\"/xl/workbook.xml\" ")
        .append("ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>")
        .append("<Override PartName=\"/xl/styles.xml\" ")
        .append("ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>")
        .append("<Override PartName=\"/docProps/core.xml\" ")
        .append("ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>");
    for (int i = 1; i <= sheets; i++) {
      xml.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ")
          .append("ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
    }
    return xml.append("</Types>").toString();
  }

  private static String coreProperties(Report report) {
    return HEADER + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
        + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
        + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        + "<dc:title>" + Markup.escape(Report.TITLE + " " + report.period().label()) + "</dc:title>"
        + "<dc:creator>LaborBridge</dc:creator>"
        + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + report.generatedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
        + "</dcterms:created></cp:coreProperties>";
  }

  private static String workbook(List<String> names) {
    StringBuilder xml = new StringBuilder(HEADER).append("<workbook xmlns=\"").append(MAIN).append("\" xmlns:r=\"")
        .append(RELATIONSHIPS).append("\"><bookViews><workbookView/></bookViews><sheets>");
    for (int i = 0; i < names.size(); i++) {
      xml.append("<sheet name=\"").append(Markup.escape(names.get(i))).append("\" sheetId=\"").append(i + 1)
          .append("\" r:id=\"rId").append(i + 1).append("\"/>");
    }
    return xml.append("</sheets></workbook>").toString();
  }

  private static String workbookRelationships(int sheets) {
    StringBuilder xml = new StringBuilder(HEADER).append("<Relationships xmlns=\"").append(PACKAGE_RELATIONSHIPS).append("\">");
    for (int i = 1; i <= sheets; i++) {
      xml.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(RELATIONSHIPS)
          .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
    }
    xml.append("<Relationship Id=\"rId").append(sheets + 1).append("\" Type=\"").append(RELATIONSHIPS)
        .append("/styles\" Target=\"styles.xml\"/>");
    return xml.append("</Relationships>").toString();
  }

  /** Fonts (regular, bold, title), fills (the two required, a header shade), and the cell styles used above. */
  private static final String STYLES = HEADER + "<styleSheet xmlns=\"" + MAIN + "\">"
      + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"0.0%\"/><numFmt numFmtId=\"165\" formatCode=\"0.0\"/></numFmts>"
      + "<fonts count=\"3\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
      + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font>"
      + "<font><b/><sz val=\"14\"/><name val=\"Calibri\"/></font></fonts>"
      + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
      + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFDDE4EE\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
      + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
      + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
      + "<cellXfs count=\"8\">"
      + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
      + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\"/>"
      + "<xf numFmtId=\"3\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
      + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
      + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
      + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"><alignment horizontal=\"right\"/></xf>"
      + "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
      + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
      + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
      + "</styleSheet>";
}
