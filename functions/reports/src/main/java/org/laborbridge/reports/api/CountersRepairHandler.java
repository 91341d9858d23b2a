package org.laborbridge.reports.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import org.laborbridge.reports.domain.Period;
import org.laborbridge.reports.domain.RepairCounters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The operator's repair command (template.yaml CountersRepairFunction, no trigger: invoked by hand, e.g.
 * {@code aws lambda invoke --function-name <CountersRepairFunction> --payload '{"kind":"MONTHLY","period":"2026-11"}' out.json}).
 * Recomputes one period's counters from the records and writes absolute values; running it twice is harmless. It
 * answers what it read and wrote, counts only. Not reachable over HTTP: IAM decides who may invoke it.
 */
public class CountersRepairHandler extends MicronautRequestHandler<Map<String, Object>, Map<String, Object>> {

  private static final Logger LOG = LoggerFactory.getLogger("reports");

  @Inject
  RepairCounters repairCounters;

  /** Used by Lambda: the context is configured from the environment the template sets. */
  public CountersRepairHandler() {
    super();
  }

  /** Used by tests and the local runner, which prepare the context themselves. */
  public CountersRepairHandler(ApplicationContext context) {
    super(context);
  }

  @Override
  public Map<String, Object> execute(Map<String, Object> input) {
    Map<String, Object> given = input == null ? Map.of() : input;
    Period period = new ReportBody(text(given.get("kind")), text(given.get("period"))).toPeriod();
    RepairCounters.Repaired repaired = repairCounters.repair(period);
    LOG.info("counters.repaired period={} jobs={} workers={} registrations={} transfers={} itemsWritten={}",
        repaired.period(), repaired.read().jobs(), repaired.read().workers(), repaired.read().registrations(),
        repaired.read().transfers(), repaired.itemsWritten());
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("period", repaired.period());
    answer.put("jobsRead", repaired.read().jobs());
    answer.put("workersRead", repaired.read().workers());
    answer.put("registrationsRead", repaired.read().registrations());
    answer.put("transfersRead", repaired.read().transfers());
    answer.put("itemsWritten", repaired.itemsWritten());
    return answer;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
