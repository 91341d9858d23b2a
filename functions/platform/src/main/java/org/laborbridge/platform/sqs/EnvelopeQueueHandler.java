package org.laborbridge.platform.sqs;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.MicronautRequestHandler;
import org.laborbridge.shared.message.Envelope;
import org.laborbridge.shared.message.EnvelopeCodec;
import org.laborbridge.shared.problem.InvalidValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.ArrayList;
import java.util.List;

/**
 * The base of every queue-triggered function: reads each record as an {@link Envelope}, handles it, and reports
 * only the records that failed, so that good messages are deleted and a poison one returns until its queue's
 * maxReceiveCount sends it to the dead-letter queue. One log line per record, with the envelope id.
 */
public abstract class EnvelopeQueueHandler extends MicronautRequestHandler<SQSEvent, SQSBatchResponse> {

  private static final Logger LOG = LoggerFactory.getLogger("sqs");

  protected EnvelopeQueueHandler() {
    super();
  }

  protected EnvelopeQueueHandler(ApplicationContextBuilder builder) {
    super(builder);
  }

  protected EnvelopeQueueHandler(io.micronaut.context.ApplicationContext context) {
    super(context);
  }

  /** Handles one message; throwing leaves it on the queue for another try. Must be safe to repeat. */
  protected abstract void handle(Envelope envelope);

  @Override
  public SQSBatchResponse execute(SQSEvent event) {
    List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
    for (SQSEvent.SQSMessage message : event.getRecords()) {
      MDC.put("messageId", message.getMessageId());
      try {
        Envelope envelope = EnvelopeCodec.fromJson(message.getBody());
        MDC.put("envelopeId", envelope.id());
        handle(envelope);
        LOG.info("sqs.handled type={} id={} receiveCount={}", envelope.type(), envelope.id(), receiveCount(message));
      } catch (InvalidValue poison) {
        // Never readable: it will come back until maxReceiveCount moves it to the dead-letter queue.
        LOG.warn("sqs.unreadable messageId={} receiveCount={} problem={}", message.getMessageId(), receiveCount(message),
            poison.getMessage());
        failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
      } catch (RuntimeException failed) {
        LOG.warn("sqs.failed messageId={} receiveCount={}", message.getMessageId(), receiveCount(message), failed);
        failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
      } finally {
        MDC.remove("messageId");
        MDC.remove("envelopeId");
      }
    }
    return new SQSBatchResponse(failures);
  }

  private static String receiveCount(SQSEvent.SQSMessage message) {
    return message.getAttributes() == null ? "?" : message.getAttributes().getOrDefault("ApproximateReceiveCount", "?");
  }
}
