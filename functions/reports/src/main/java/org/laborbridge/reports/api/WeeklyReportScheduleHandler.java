package org.laborbridge.reports.api;

import io.micronaut.context.ApplicationContext;
import jakarta.inject.Inject;
import org.laborbridge.reports.domain.ReportKind;
import org.laborbridge.reports.domain.RequestReport;

/** 02:00 China Standard Time on Mondays (template.yaml WeeklyReportScheduleFunction): asks for last week's report. */
public class WeeklyReportScheduleHandler extends ReportScheduleHandler {

  @Inject
  RequestReport requestReport;

  /** Used by Lambda: the context is configured from the environment the template sets. */
  public WeeklyReportScheduleHandler() {
    super();
  }

  /** Used by tests and the local runner, which prepare the context themselves. */
  public WeeklyReportScheduleHandler(ApplicationContext context) {
    super(context);
  }

  @Override
  ReportKind kind() {
    return ReportKind.WEEKLY;
  }

  @Override
  RequestReport requestReport() {
    return requestReport;
  }
}
