package org.laborbridge.reports.domain;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.laborbridge.platform.counters.Metrics;
import org.laborbridge.shared.region.Region;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever the counters hold, the three files stay well-formed: a metric name a writer may add one day (a new priority
 * group) is escaped in the page and the workbook, and cannot become a formula in the CSV. A period with no activity
 * still gives every table, all zeros.
 */
class RenderingTest {

  private static final Instant AT = Instant.parse("2026-11-30T18:00:00Z");
  private final Period november = Period.parse(ReportKind.MONTHLY, "2026-11");

  @Test
  void an_odd_group_name_is_escaped_in_the_page_and_the_workbook_and_defused_in_the_csv() throws Exception {
    PeriodCounts counts = new PeriodCounts.Tally()
        .add(Region.SICHUAN, Metrics.WORKERS_REGISTERED, 12)
        .add(Region.SICHUAN, Metrics.WORKERS_REGISTERED_IN_GROUP + "=HYPERLINK(\"x\")<&>", 7).counts();
    Report report = ReportBuilder.build(november, counts, AT);

    String csv = new String(ReportFormat.CSV.render(report), StandardCharsets.UTF_8);
    assertTrue(csv.contains(",\"'=HYPERLINK(\"\"x\"\")<&>\""), csv);

    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(ReportFormat.HTML.render(report)));
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ReportFormat.XLSX.render(report)))) {
      assertEquals("=HYPERLINK(\"x\")<&>", workbook.getSheet("Workers").getRow(0).getCell(7).getStringCellValue());
      assertEquals(7.0, workbook.getSheet("Workers").getRow(1).getCell(7).getNumericCellValue());
    }
  }

  @Test
  void a_quiet_period_gives_every_table_with_zeros_and_the_same_report_gives_the_same_bytes() throws Exception {
    Report report = ReportBuilder.build(november, PeriodCounts.none(), AT);

    assertEquals(7, report.tables().size());
    assertTrue(report.tables().stream().flatMap(t -> t.allRows().stream()).flatMap(r -> r.cells().stream())
        .allMatch(c -> c.shown() ? c.value() == 0 : c.mark() == Cell.Mark.NOT_APPLICABLE));
    for (ReportFormat format : ReportFormat.values()) {
      assertArrayEquals(format.render(report), format.render(ReportBuilder.build(november, PeriodCounts.none(), AT)), format.name());
    }
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ReportFormat.XLSX.render(report)))) {
      assertEquals(0.0, workbook.getSheet("Campaigns").getRow(10).getCell(2).getNumericCellValue());
    }
    assertTrue(Arrays.equals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        Arrays.copyOf(ReportFormat.CSV.render(report), 3)));
  }
}
