package org.laborbridge.reports.store;

import org.junit.jupiter.api.Test;
import org.laborbridge.localaws.RepositoryRoot;
import org.laborbridge.localaws.template.CloudFormationTemplate;
import org.laborbridge.localaws.template.ServerlessFunction;
import org.laborbridge.localaws.template.TemplateLoader;
import org.laborbridge.localaws.template.Values;
import org.laborbridge.platform.counters.ActivityCounters;
import org.laborbridge.platform.testing.TemplateTables;
import org.laborbridge.reports.api.ReportsConfiguration;
import org.laborbridge.reports.domain.Period;
import org.laborbridge.reports.domain.ReportKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * template.yaml is the single source of CountersTable's shape, and of the settings the reports functions get; the
 * catalog lives beside the counters without ever meeting a counters partition.
 */
class TablesAgreeWithTemplateTest {

  private final CloudFormationTemplate template = TemplateLoader.load(RepositoryRoot.find().resolve("template.yaml"));

  @Test
  void the_counters_table_has_the_keys_counters_table_and_activity_counters_name_and_no_index() {
    Map<String, Object> table = template.resource("CountersTable").properties();

    assertEquals(List.of(CountersTable.PK, CountersTable.SK), TemplateTables.keySchema(table.get("KeySchema")));
    assertEquals(List.of(ActivityCounters.PK, ActivityCounters.SK), TemplateTables.keySchema(table.get("KeySchema")));
    assertEquals(Map.of(), TemplateTables.indexes(table));
  }

  @Test
  void the_catalog_partition_is_no_counters_partition() {
    assertFalse(CountersTable.CATALOG_PK.startsWith(ActivityCounters.PERIOD_PREFIX));
  }

  @Test
  void a_period_s_partition_is_where_activity_counters_writes_every_moment_of_it() {
    for (String moment : List.of("2026-11-01T00:00:00+08:00", "2026-11-30T23:59:59+08:00", "2026-12-31T12:00:00+08:00",
        "2027-01-01T00:30:00+08:00", "2027-01-03T23:00:00+08:00", "2025-12-29T08:00:00+08:00")) {
      Instant at = java.time.OffsetDateTime.parse(moment).toInstant();
      LocalDate day = LocalDate.ofInstant(at, java.time.ZoneId.of("Asia/Shanghai"));
      assertEquals(ActivityCounters.monthPartition(at), CountersTable.countersPartition(Period.containing(ReportKind.MONTHLY, day)), moment);
      assertEquals(ActivityCounters.weekPartition(at), CountersTable.countersPartition(Period.containing(ReportKind.WEEKLY, day)), moment);
    }
  }

  @Test
  void every_reports_function_is_given_only_settings_reports_configuration_reads_and_always_the_counters_table() {
    Set<String> known = Arrays.stream(ReportsConfiguration.class.getRecordComponents())
        .map(c -> "REPORTS_" + c.getName().replaceAll("([A-Z])", "_$1").toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
    List<ServerlessFunction> functions = ServerlessFunction.all(template).stream()
        .filter(f -> f.codeUri().equals("functions/reports")).toList();
    assertEquals(Set.of("ReportsApiFunction", "ReportsFunction", "MonthlyReportScheduleFunction",
        "WeeklyReportScheduleFunction", "CountersRepairFunction"),
        functions.stream().map(ServerlessFunction::logicalId).collect(Collectors.toSet()));
    for (ServerlessFunction function : functions) {
      Set<String> given = function.environmentVariables().keySet().stream().filter(k -> k.startsWith("REPORTS_"))
          .collect(Collectors.toSet());
      assertTrue(known.containsAll(given), () -> function.logicalId() + " is given " + given + "; known: " + known);
      assertTrue(given.contains("REPORTS_COUNTERS_TABLE"), function.logicalId());
    }
  }

  @Test
  void the_reports_queue_has_a_dead_letter_queue_and_a_visibility_timeout_six_times_its_function_s() {
    Map<String, Object> queue = template.resource("ReportsQueue").properties();
    assertTrue(Values.map(queue.get("RedrivePolicy"), "RedrivePolicy").containsKey("deadLetterTargetArn"));
    ServerlessFunction generating = ServerlessFunction.all(template).stream().filter(f -> f.logicalId().equals("ReportsFunction"))
        .findFirst().orElseThrow();
    assertEquals(6 * Integer.parseInt(String.valueOf(generating.properties().get("Timeout"))),
        Integer.parseInt(String.valueOf(queue.get("VisibilityTimeout"))));
  }
}
