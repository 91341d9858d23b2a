package org.laborbridge.reports.api;

import io.micronaut.context.ApplicationContext;
import jakarta.inject.Inject;
import org.laborbridge.reports.domain.ReportKind;
import org.laborbridge.reports.domain.RequestReport;

/** 02:00 China Standard Time on the 1st (template.yaml MonthlyReportScheduleFunction): asks for last month's report. */
public class MonthlyReportScheduleHandler extends ReportScheduleHandler {

  @Inject
  RequestReport requestReport;

  /** Used by Lambda: the context is configured from the environment the template sets. */
  public MonthlyReportScheduleHandler() {
    super();
  }

  /** Used by tests and the local runner, which prepare the context themselves. */
  public MonthlyReportScheduleHandler(ApplicationContext context) {
    super(context);
  }

  @Override
  ReportKind kind() {
    return ReportKind.MONTHLY;
  }

  @Override
  RequestReport requestReport() {
    return requestReport;
  }
}
