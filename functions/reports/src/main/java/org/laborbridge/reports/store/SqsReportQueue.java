package org.laborbridge.reports.store;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.laborbridge.platform.sqs.EnvelopeSender;
import org.laborbridge.reports.domain.Period;
import org.laborbridge.reports.domain.ReportIds;
import org.laborbridge.reports.domain.ReportQueue;
import org.laborbridge.shared.message.Envelope;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Puts {@code report.requested} on the reports queue. The envelope id comes from the report and the moment it was
 * asked for: a retried send of one request is recognisably the same message; two requests are two messages.
 */
public final class SqsReportQueue implements ReportQueue {

  public static final String REPORT_REQUESTED = "report.requested";
  public static final String SOURCE = "laborbridge.reports";
  public static final String REPORT_ID = "reportId";
  public static final String KIND = "kind";
  public static final String PERIOD = "period";
  public static final String REQUESTED_AT = "requestedAt";

  private final EnvelopeSender sender;
  private final String queueUrl;

  public SqsReportQueue(EnvelopeSender sender, String queueUrl) {
    this.sender = sender;
    this.queueUrl = queueUrl;
  }

  @Override
  public void requestGeneration(Period period, Instant requestedAt) {
    if (queueUrl == null || queueUrl.isBlank()) {
      throw new IllegalStateException("reports.queue-url (REPORTS_QUEUE_URL) is not set for this function");
    }
    sender.send(queueUrl, List.of(envelope(period, requestedAt)));
  }

  static Envelope envelope(Period period, Instant requestedAt) {
    String reportId = ReportIds.of(period);
    ObjectNode data = JsonNodeFactory.instance.objectNode()
        .put(REPORT_ID, reportId).put(KIND, period.kind().name()).put(PERIOD, period.label())
        .put(REQUESTED_AT, requestedAt.toString());
    String id = UUID.nameUUIDFromBytes((REPORT_REQUESTED + "|" + reportId + "|" + requestedAt)
        .getBytes(StandardCharsets.UTF_8)).toString();
    return new Envelope(id, REPORT_REQUESTED, requestedAt, SOURCE, data);
  }
}
