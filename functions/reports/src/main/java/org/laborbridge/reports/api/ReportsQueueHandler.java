package org.laborbridge.reports.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import jakarta.inject.Inject;
import org.laborbridge.platform.sqs.EnvelopeQueueHandler;
import org.laborbridge.reports.domain.GenerateReport;
import org.laborbridge.reports.domain.Period;
import org.laborbridge.reports.domain.ReportIds;
import org.laborbridge.reports.domain.ReportKind;
import org.laborbridge.reports.store.SqsReportQueue;
import org.laborbridge.shared.message.Envelope;
import org.laborbridge.shared.problem.FieldError;
import org.laborbridge.shared.problem.InvalidValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * The reports queue's Lambda handler: generates the report a {@code report.requested} names. Generating again
 * replaces the same three files and catalog entry, so a redelivered message does no harm. A message that is not one
 * (another type, another source, a bad period, an id that does not match its period) fails and ends in the
 * dead-letter queue.
 */
public class ReportsQueueHandler extends EnvelopeQueueHandler {

  private static final Logger LOG = LoggerFactory.getLogger("reports");

  @Inject
  GenerateReport generateReport;

  /** Used by Lambda: the context is configured from the environment the template sets. */
  public ReportsQueueHandler() {
    super();
  }

  /** Used by tests and the local runner, which prepare the context themselves. */
  public ReportsQueueHandler(ApplicationContext context) {
    super(context);
  }

  @Override
  protected void handle(Envelope envelope) {
    if (!SqsReportQueue.REPORT_REQUESTED.equals(envelope.type())) {
      throw new InvalidValue("type", "is not a message the reports function handles");
    }
    if (!SqsReportQueue.SOURCE.equals(envelope.source())) {
      throw new InvalidValue("source", "report.requested comes from laborbridge.reports only");
    }
    Period period = period(envelope.data());
    GenerateReport.Generated generated = generateReport.generate(period);
    LOG.info("report.generated report={} itemsRead={} capacityUnits={} bytes={}", generated.reportId(),
        generated.read().items(), generated.read().capacityUnits(),
        generated.files().stream().mapToLong(f -> f.bytes()).sum());
  }

  /** The period of the data, which must agree with the report id it carries. */
  static Period period(JsonNode data) {
    List<FieldError> errors = new ArrayList<>();
    String kind = data.path(SqsReportQueue.KIND).asText("");
    String label = data.path(SqsReportQueue.PERIOD).asText("");
    String reportId = data.path(SqsReportQueue.REPORT_ID).asText("");
    Period period = null;
    try {
      period = Period.parse(ReportKind.valueOf(kind), label);
    } catch (IllegalArgumentException notAKind) {
      errors.add(new FieldError("data." + SqsReportQueue.KIND, "must be MONTHLY or WEEKLY"));
    } catch (InvalidValue notAPeriod) {
      errors.add(new FieldError("data." + SqsReportQueue.PERIOD, "must be a period of its kind, e.g. 2026-11 or 2026-W48"));
    }
    if (period != null && !ReportIds.of(period).equals(reportId)) {
      errors.add(new FieldError("data." + SqsReportQueue.REPORT_ID, "must be the id of the period it names"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidValue(errors);
    }
    return period;
  }
}
