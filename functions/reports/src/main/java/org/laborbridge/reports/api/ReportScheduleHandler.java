package org.laborbridge.reports.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import org.laborbridge.reports.domain.ReportEntry;
import org.laborbridge.reports.domain.ReportKind;
import org.laborbridge.reports.domain.RequestReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * The base of the two EventBridge Scheduler handlers: asks for the report of the period that holds yesterday in China
 * Standard Time, so fired at 02:00 on the 1st it asks for last month, on a Monday for last week. The schedule's input
 * is ignored (one handler class per kind keeps the template free of schedule inputs). Answers the report id.
 */
abstract class ReportScheduleHandler extends MicronautRequestHandler<Map<String, Object>, String> {

  private static final Logger LOG = LoggerFactory.getLogger("reports");

  ReportScheduleHandler() {
    super();
  }

  ReportScheduleHandler(ApplicationContext context) {
    super(context);
  }

  abstract ReportKind kind();

  /** Injected into each subclass: Micronaut injects the handler class it is given, not the fields of its parents. */
  abstract RequestReport requestReport();

  @Override
  public String execute(Map<String, Object> input) {
    ReportEntry entry = requestReport().requestJustEnded(kind());
    LOG.info("report.scheduled report={}", entry.id());
    return entry.id();
  }
}
