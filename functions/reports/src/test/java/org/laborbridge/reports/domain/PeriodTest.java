package org.laborbridge.reports.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborbridge.shared.problem.InvalidValue;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Months and ISO weeks in China Standard Time, as people write them and as the counters are kept. */
class PeriodTest {

  @ParameterizedTest(name = "{0} {1}: {2} to {3}, filed under {4}")
  @CsvSource({
      "MONTHLY, 2026-11, 2026-11-01, 2026-11-30, 2026/11",
      "MONTHLY, 2028-02, 2028-02-01, 2028-02-29, 2028/02",
      "WEEKLY, 2026-W48, 2026-11-23, 2026-11-29, 2026/11",
      "WEEKLY, 2026-W01, 2025-12-29, 2026-01-04, 2026/01",
      "WEEKLY, 2026-W53, 2026-12-28, 2027-01-03, 2026/12",
      "WEEKLY, 2027-W01, 2027-01-04, 2027-01-10, 2027/01"})
  void a_period_covers_its_days_and_is_filed_under_its_month(ReportKind kind, String label, LocalDate first, LocalDate last,
      String folder) {
    Period period = Period.parse(kind, label);

    assertEquals(label, period.label());
    assertEquals(first, period.first());
    assertEquals(last, period.last());
    assertEquals(folder, period.folder());
    assertEquals(period, Period.containing(kind, last));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"MONTHLY, 2026-13", "MONTHLY, 2026-00", "MONTHLY, 2026-1", "MONTHLY, Nov 2026", "MONTHLY, 2019-12",
      "WEEKLY, 2027-W53", "WEEKLY, 2026-W00", "WEEKLY, 2026-48", "WEEKLY, 2026W48", "MONTHLY, ''"})
  void a_period_that_is_none_is_refused_naming_the_field(ReportKind kind, String text) {
    InvalidValue refused = assertThrows(InvalidValue.class, () -> Period.parse(kind, text));
    assertEquals("period", refused.errors().get(0).field());
  }

  @Test
  void the_schedules_report_on_the_month_or_week_that_holds_yesterday() {
    assertEquals("2026-11", Period.justEnded(ReportKind.MONTHLY, LocalDate.parse("2026-12-01")).label());
    assertEquals("2026-12", Period.justEnded(ReportKind.MONTHLY, LocalDate.parse("2027-01-01")).label());
    assertEquals("2026-W48", Period.justEnded(ReportKind.WEEKLY, LocalDate.parse("2026-11-30")).label());
    assertEquals("2026-W53", Period.justEnded(ReportKind.WEEKLY, LocalDate.parse("2027-01-04")).label());
  }

  @Test
  void a_moment_belongs_to_the_period_of_its_shanghai_date() {
    Period november = Period.parse(ReportKind.MONTHLY, "2026-11");
    assertTrue(november.includes(Instant.parse("2026-10-31T16:00:00Z")), "00:00 on 1 November in Shanghai");
    assertFalse(november.includes(Instant.parse("2026-10-31T15:59:59Z")), "23:59:59 on 31 October in Shanghai");
    assertTrue(november.includes(Instant.parse("2026-11-30T15:59:59Z")));
    assertFalse(november.includes(Instant.parse("2026-11-30T16:00:00Z")), "00:00 on 1 December in Shanghai");
    assertEquals(Instant.parse("2026-10-31T16:00:00Z"), november.start());
    assertEquals(Instant.parse("2026-11-30T16:00:00Z"), november.end());
  }

  @Test
  void a_report_id_names_its_period_and_nothing_else_is_one() {
    Period week = Period.parse(ReportKind.WEEKLY, "2026-W48");
    assertEquals("weekly-2026-W48", ReportIds.of(week));
    assertEquals(week, ReportIds.parse("weekly-2026-W48").orElseThrow());
    assertTrue(ReportIds.parse("weekly-2026-w48").isEmpty());
    assertTrue(ReportIds.parse("monthly-2026-13").isEmpty());
    assertTrue(ReportIds.parse("monthly-2026-11 ").isEmpty());
    assertTrue(ReportIds.parse("yearly-2026").isEmpty());
    assertEquals("reports/2026/11/laborbridge-weekly-2026-W48.xlsx", ReportIds.fileKey(week, ReportFormat.XLSX));
  }
}
