package org.laborbridge.reports.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import org.laborbridge.platform.testing.ApiGatewayResponse;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A month of the programme's activity, counted as it happened, becomes November's report: exactly the expected
 * numbers in the CSV, the workbook and the page, small counts suppressed, and the same report generated again
 * replaces its files.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportGenerationTest extends ReportsHandlerTest {

  private static final Instant NOVEMBER = Instant.parse("2026-11-12T02:00:00Z");
  private final Map<String, byte[]> files = new HashMap<>();

  @BeforeAll
  void aMonthOfActivity() {
    Activity activity = new Activity(function.counters, NOVEMBER);
    activity.jobsPosted("51", 11, 3).jobsPosted("51", 1, 7).jobsClosed("51", 3)
        .jobsPosted("33", 25, 7).jobsPosted("33", 5, 1).jobsClosed("33", 7)
        .jobsPosted("32", 2, 3).jobsPosted("50", 9, 0);
    // 00:30 on 1 November in Shanghai is November (UTC still says October)...
    activity.at(Instant.parse("2026-10-31T16:30:00Z")).jobsPosted("50", 1, 30);
    // ...while 23:59 on 31 October and 00:30 on 1 December in Shanghai are not.
    activity.at(Instant.parse("2026-10-31T15:59:00Z")).jobsPosted("51", 5, 5);
    activity.at(Instant.parse("2026-11-30T16:30:00Z")).jobsPosted("51", 5, 5).at(NOVEMBER);

    activity.workersRegistered("51", 30, "LIFTED_OUT_OF_POVERTY").workersRegistered("51", 4, "RELOCATED")
        .workersRegistered("51", 11, "DIFFICULTY_FINDING_JOBS").workersRegistered("51", 75)
        .workersRegistered("50", 6).workersRegistered("52", 3);

    activity.matchedAndPushed("51", "33", 30).matchedAndPushed("51", "32", 20).matchedAndPushed("52", "33", 8)
        .deliveries("51", 36, 4).deliveries("52", 8, 0);

    activity.seatsRegistered("33", "51", 5).boothsRegistered("33", 3).checkIns("33", 6)
        .seatsRegistered("51", "50", 2);

    activity.transfersReached("33", "SUBMITTED", 10).transfersReached("33", "ACCEPTED", 8)
        .transfersReached("33", "REJECTED", 1).transfersReached("33", "LETTER_SENT", 8)
        .transfersReached("33", "OUT_CONFIRMED", 6).transfersReached("33", "FUNDS_TRANSFERRED", 5)
        .transfersCompleted("33", 3, 20).transfersCompleted("33", 2, 15).transfersOverdue("33", 2);

    activity.campaignMessages("51", 60).campaignMessages("53", 7).campaignMessages("64", 3);
  }

  @Test
  @Order(1)
  void asking_for_november_queues_it_and_answers_202_with_the_report_id() {
    JsonNode requested = function.request("monthly", "2026-11");

    assertEquals("monthly-2026-11", requested.path("id").asText());
    assertEquals("REQUESTED", requested.path("status").asText());
    assertEquals("2026-11-01", requested.path("firstDay").asText());
    assertEquals("2026-11-30", requested.path("lastDay").asText());
    assertEquals(0, requested.path("files").size());
    assertEquals(1, function.waitingOnQueue());
    assertEquals("REQUESTED", function.report("monthly-2026-11").path("status").asText());
  }

  @Test
  @Order(2)
  void the_queue_generates_three_files_under_the_month_folder_with_download_links() {
    List<JsonNode> handled = function.drainQueue();
    assertEquals(1, handled.size());
    assertEquals("report.requested", handled.get(0).path("type").asText());

    JsonNode report = function.report("monthly-2026-11");
    assertEquals("READY", report.path("status").asText());
    assertEquals(1, report.path("generations").asInt());
    assertEquals(List.of("reports/2026/11/laborbridge-monthly-2026-11.csv", "reports/2026/11/laborbridge-monthly-2026-11.html",
        "reports/2026/11/laborbridge-monthly-2026-11.xlsx"), function.reportKeys());
    for (JsonNode file : report.path("files")) {
      byte[] content = function.download(file.path("url").asText());
      assertEquals(file.path("bytes").asLong(), content.length);
      files.put(file.path("format").asText(), content);
    }
    assertEquals(3, files.size());
  }

  @Test
  @Order(3)
  void the_csv_holds_exactly_the_month_s_numbers_with_small_counts_suppressed() {
    byte[] csv = files.get("CSV");
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3), "UTF-8 byte order mark");
    String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    List<String> lines = List.of(text.split("\r\n", -1));

    assertEquals("LaborBridge cooperation report,Monthly,2026-11", lines.get(0));
    assertBlock(lines, "Jobs posted and closed", List.of(
        "Region,Code,Jobs posted,Jobs closed,Openings",
        "Sichuan,51,12,<5,40",
        "Chongqing,50,x,0,30",
        "Guizhou,52,0,0,0",
        "Yunnan,53,0,0,0",
        "Tibet,54,0,0,0",
        "Ningxia,64,0,0,0",
        "Fujian,35,0,0,0",
        "Zhejiang,33,30,x,180",
        "Jiangsu,32,<5,0,6",
        "All nine regions,,54,10,256"));
    assertBlock(lines, "Workers registered by priority group", List.of(
        "Home region,Code,Workers registered,Lifted out of poverty,Relocated,Poverty-return monitoring,Difficulty finding jobs",
        "Sichuan,51,120,30,<5,0,11",
        "Chongqing,50,x,0,0,0,0",
        "Guizhou,52,<5,0,0,0,0"));
    assertTrue(lines.contains("All nine regions,,129,30,<5,0,11"), text);
    assertBlock(lines, "Matches pushed and push delivery", List.of(
        "Home region,Code,Matches,Pushes,Delivered,Not delivered,Delivery rate",
        "Sichuan,51,50,50,36,<5,x",
        "Chongqing,50,0,0,0,0,-",
        "Guizhou,52,8,8,8,0,100.0%"));
    assertTrue(lines.contains("All nine regions,,58,58,44,<5,x"), text);
    assertBlock(lines, "Fair registrations and check-ins", List.of(
        "Region,Code,Registrations,Check-ins",
        "Sichuan,51,<5,0"));
    assertTrue(lines.contains("Zhejiang,33,x,6"), text);
    assertTrue(lines.contains("All nine regions,,10,6"), text);
    assertTrue(lines.contains("Zhejiang,33,10,8,<5,8,6,5,5,0,18.0,<5"), text);
    assertTrue(lines.contains("Sichuan,51,0,0,0,0,0,0,0,0,-,0"), text);
    assertBlock(lines, "Labor flow matrix", List.of(
        "Home region \\ to,Code,Sichuan,Chongqing,Guizhou,Yunnan,Tibet,Ningxia,Fujian,Zhejiang,Jiangsu",
        "Sichuan,51,0,0,0,0,0,0,0,35,20",
        "Chongqing,50,<5,0,0,0,0,0,0,0,0",
        "Guizhou,52,0,0,0,0,0,0,0,8,0"));
    assertBlock(lines, "Campaign activity", List.of(
        "Home region,Code,Campaign messages",
        "Sichuan,51,60",
        "Chongqing,50,0",
        "Guizhou,52,0",
        "Yunnan,53,x",
        "Tibet,54,0",
        "Ningxia,64,<5"));
    assertTrue(lines.contains("<5,\"a count from 1 to 4, suppressed so that no one can be picked out (0 is shown as 0)\""), text);
  }

  @Test
  @Order(4)
  void the_workbook_reads_back_with_poi_a_sheet_per_section_with_frozen_headers_and_number_formats() throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(files.get("XLSX")))) {
      List<String> sheets = new ArrayList<>();
      workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
      assertEquals(List.of("About", "Jobs", "Workers", "Matching and push", "Fairs", "Insurance transfers", "Labor flows",
          "Campaigns"), sheets);

      Sheet jobs = workbook.getSheet("Jobs");
      assertTrue(jobs.getPaneInformation().isFreezePane());
      assertEquals(1, jobs.getPaneInformation().getHorizontalSplitTopRow());
      assertEquals("Jobs posted", jobs.getRow(0).getCell(2).getStringCellValue());
      assertEquals("Sichuan", jobs.getRow(1).getCell(0).getStringCellValue());
      assertEquals("51", jobs.getRow(1).getCell(1).getStringCellValue());
      assertEquals(12.0, jobs.getRow(1).getCell(2).getNumericCellValue());
      assertEquals("#,##0", jobs.getRow(1).getCell(2).getCellStyle().getDataFormatString());
      assertEquals(CellType.STRING, jobs.getRow(1).getCell(3).getCellType());
      assertEquals("<5", jobs.getRow(1).getCell(3).getStringCellValue());
      assertEquals(180.0, jobs.getRow(8).getCell(4).getNumericCellValue());
      assertEquals("x", jobs.getRow(8).getCell(3).getStringCellValue());
      assertEquals("All nine regions", jobs.getRow(10).getCell(0).getStringCellValue());
      assertEquals(256.0, jobs.getRow(10).getCell(4).getNumericCellValue());

      Sheet matching = workbook.getSheet("Matching and push");
      assertEquals(1.0, matching.getRow(3).getCell(6).getNumericCellValue());
      assertEquals("0.0%", matching.getRow(3).getCell(6).getCellStyle().getDataFormatString());

      Sheet transfers = workbook.getSheet("Insurance transfers");
      assertEquals("Average days to complete", transfers.getRow(0).getCell(10).getStringCellValue());
      assertEquals(18.0, transfers.getRow(8).getCell(10).getNumericCellValue());
      assertEquals("0.0", transfers.getRow(8).getCell(10).getCellStyle().getDataFormatString());

      Sheet flows = workbook.getSheet("Labor flows");
      assertTrue(flows.getPaneInformation().isFreezePane());
      assertEquals(35.0, flows.getRow(1).getCell(9).getNumericCellValue());
      assertEquals("<5", flows.getRow(2).getCell(2).getStringCellValue());

      Sheet about = workbook.getSheet("About");
      assertEquals("LaborBridge cooperation report", about.getRow(0).getCell(0).getStringCellValue());
      assertEquals("November 2026 (2026-11-01 to 2026-11-30)", about.getRow(2).getCell(1).getStringCellValue());
    }
  }

  @Test
  @Order(5)
  void the_page_is_well_formed_and_holds_both_charts_with_nothing_loaded_from_elsewhere() throws Exception {
    String html = new String(files.get("HTML"), StandardCharsets.UTF_8);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document page = factory.newDocumentBuilder().parse(new ByteArrayInputStream(files.get("HTML")));

    NodeList svgs = page.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
    assertEquals(2, svgs.getLength());
    Element bars = (Element) svgs.item(0);
    Element heatMap = (Element) svgs.item(1);
    assertEquals("jobs-posted-chart", bars.getAttribute("id"));
    assertEquals("flow-heat-map", heatMap.getAttribute("id"));
    // Nine regions; bars only for counts that may be shown (Sichuan 12, Zhejiang 30), none for "<5" or "x".
    assertEquals(9, count(bars, "g"));
    assertEquals(2, count(bars, "rect"));
    assertTrue(bars.getTextContent().contains("<5"));
    // Eighty-one cells of the flow matrix, the suppressed one shown as such.
    assertEquals(81, count(heatMap, "rect"));
    assertTrue(heatMap.getTextContent().contains("Sichuan to Zhejiang: 35"));
    assertTrue(heatMap.getTextContent().contains("Chongqing to Sichuan: <5"));

    assertEquals(7, page.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "table").getLength());
    for (String external : List.of("src=", "href=", "url(", "@import", "<script", "<link")) {
      assertFalse(html.contains(external), () -> "the page refers to something outside it: " + external);
    }
  }

  @Test
  @Order(6)
  void generating_the_same_month_again_replaces_its_files_and_entry_rather_than_adding_more() {
    function.clock.set(FIRST_OF_DECEMBER.plusSeconds(3600));
    new Activity(function.counters, NOVEMBER).jobsPosted("35", 16, 2);
    function.request("MONTHLY", "2026-11");
    function.drainQueue();

    assertEquals(3, function.reportKeys().size());
    JsonNode report = function.report("monthly-2026-11");
    assertEquals("READY", report.path("status").asText());
    assertEquals(2, report.path("generations").asInt());
    ApiGatewayResponse list = function.send(ApiGatewayRequests.get("/v1/reports").query("kind", "MONTHLY").asStaff("52"));
    assertEquals(200, list.status(), list::toString);
    assertEquals(1, list.json().path("items").size());
    String csv = new String(function.download(fileUrl(report, "CSV")), StandardCharsets.UTF_8);
    assertTrue(csv.contains("\r\nFujian,35,16,0,32\r\n"), csv);
  }

  private static String fileUrl(JsonNode report, String format) {
    for (JsonNode file : report.path("files")) {
      if (file.path("format").asText().equals(format)) {
        return file.path("url").asText();
      }
    }
    throw new AssertionError("no " + format + " file in " + report);
  }

  private static int count(Element within, String svgElement) {
    return within.getElementsByTagNameNS("http://www.w3.org/2000/svg", svgElement).getLength();
  }

  /** The section's title line is followed by exactly these lines. */
  private static void assertBlock(List<String> lines, String title, List<String> expected) {
    int at = lines.indexOf(title);
    assertTrue(at >= 0, () -> "no section " + title + " in " + lines);
    assertEquals(expected, lines.subList(at + 1, at + 1 + expected.size()));
  }
}
