package org.laborbridge.platform.sqs;

import org.laborbridge.shared.message.Envelope;
import org.laborbridge.shared.message.EnvelopeCodec;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Puts envelopes on a queue, ten to a request, each with its type as a message attribute (consumers route or drop
 * by type without parsing the body). A refused entry fails the whole call: the caller's retry sends everything
 * again under the same envelope ids, which the consumer recognises.
 */
public final class EnvelopeSender {

  public static final String TYPE_ATTRIBUTE = "type";
  public static final String SENT_AT_ATTRIBUTE = "sentAt";
  private static final int BATCH = 10;

  private final SqsClient sqs;
  private final Clock clock;

  public EnvelopeSender(SqsClient sqs, Clock clock) {
    this.sqs = sqs;
    this.clock = clock;
  }

  public void send(String queueUrl, List<Envelope> envelopes) {
    for (int from = 0; from < envelopes.size(); from += BATCH) {
      List<Envelope> batch = envelopes.subList(from, Math.min(from + BATCH, envelopes.size()));
      String sentAt = clock.instant().toString();
      List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
      for (int i = 0; i < batch.size(); i++) {
        Envelope envelope = batch.get(i);
        entries.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(i))
            .messageBody(EnvelopeCodec.toJson(envelope))
            .messageAttributes(Map.of(TYPE_ATTRIBUTE, text(envelope.type()), SENT_AT_ATTRIBUTE, text(sentAt)))
            .build());
      }
      SendMessageBatchResponse response = sqs.sendMessageBatch(r -> r.queueUrl(queueUrl).entries(entries));
      if (response.hasFailed() && !response.failed().isEmpty()) {
        throw new IllegalStateException("queue refused " + response.failed().size() + " of " + batch.size()
            + " messages: " + response.failed().get(0).code());
      }
    }
  }

  private static MessageAttributeValue text(String value) {
    return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
  }
}
