package org.laborbridge.platform.testing;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import org.laborbridge.localaws.LocalAws;
import software.amazon.awssdk.services.sqs.model.Message;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Plays the SQS trigger in tests: messages as Lambda receives them, a batch handed to a queue handler with the ids
 * it reports failed, and what waits on a local queue taken off it.
 */
public final class SqsTriggers {
  private SqsTriggers() {}

  public static SQSEvent.SQSMessage message(String id, String body) {
    SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
    message.setMessageId(id);
    message.setBody(body);
    message.setEventSource("aws:sqs");
    message.setAttributes(Map.of("ApproximateReceiveCount", "1"));
    return message;
  }

  /** Feeds messages to a queue handler as one batch; returns the ids it reported failed. */
  public static Set<String> handle(RequestHandler<SQSEvent, SQSBatchResponse> handler, List<SQSEvent.SQSMessage> messages) {
    SQSEvent event = new SQSEvent();
    event.setRecords(messages);
    SQSBatchResponse response = handler.handleRequest(event, new MockLambdaContext());
    return response.getBatchItemFailures().stream().map(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
        .collect(Collectors.toSet());
  }

  /** Takes everything visible on a queue off it, in batches of ten, without handling it; returns the messages. */
  public static List<Message> take(LocalAws aws, String queueUrl, int maxRounds) {
    List<Message> taken = new ArrayList<>();
    for (int round = 0; round < maxRounds; round++) {
      List<Message> received = aws.sqs().receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10)).messages();
      if (received.isEmpty()) {
        return taken;
      }
      taken.addAll(received);
      received.forEach(m -> aws.sqs().deleteMessage(r -> r.queueUrl(queueUrl).receiptHandle(m.receiptHandle())));
    }
    throw new AssertionError(queueUrl + " did not empty in " + maxRounds + " rounds");
  }
}
