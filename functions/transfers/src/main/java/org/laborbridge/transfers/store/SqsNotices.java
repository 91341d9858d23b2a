package org.laborbridge.transfers.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.laborbridge.shared.message.Envelope;
import org.laborbridge.shared.message.EnvelopeCodec;
import org.laborbridge.transfers.domain.Notice;
import org.laborbridge.transfers.domain.Notices;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Notices to regions' systems as {@code notice.requested} envelopes on the push queue: push delivers each as a signed
 * webhook to the region's ACTIVE SYSTEM channel endpoints. The envelope id is the notice's derived id, so push
 * delivers a notice queued twice only once.
 */
public final class SqsNotices implements Notices {

  public static final String NOTICE_REQUESTED = "notice.requested";
  public static final String SOURCE = "laborbridge.transfers";
  public static final String CHANNEL = "SYSTEM";
  /** Standard Webhooks payloads stay small. */
  static final int MAX_PAYLOAD_BYTES = 20 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SqsClient sqs;
  private final String queueUrl;

  public SqsNotices(SqsClient sqs, String queueUrl) {
    this.sqs = sqs;
    this.queueUrl = queueUrl;
  }

  @Override
  public void send(Notice notice) {
    if (queueUrl == null || queueUrl.isBlank()) {
      throw new IllegalStateException("transfers.push-queue-url (TRANSFERS_PUSH_QUEUE_URL) is not set for this function");
    }
    String body = EnvelopeCodec.toJson(envelope(notice));
    sqs.sendMessage(r -> r.queueUrl(queueUrl).messageBody(body)
        .messageAttributes(Map.of("type", MessageAttributeValue.builder().dataType("String")
            .stringValue(NOTICE_REQUESTED).build())));
  }

  static Envelope envelope(Notice notice) {
    ObjectNode data = JSON.createObjectNode();
    data.put("region", notice.region().code());
    data.putArray("channels").add(CHANNEL);
    data.put("eventType", notice.eventType());
    data.set("payload", JSON.valueToTree(notice.payload()));
    if (data.get("payload").toString().getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
      throw new IllegalStateException("notice " + notice.id() + " is over " + MAX_PAYLOAD_BYTES + " bytes");
    }
    return new Envelope(notice.id(), NOTICE_REQUESTED, notice.occurredAt(), SOURCE, data);
  }
}
