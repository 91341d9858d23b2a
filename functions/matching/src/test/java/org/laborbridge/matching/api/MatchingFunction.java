package org.laborbridge.matching.api;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.provision.ProvisionedStack;
import org.laborbridge.platform.testing.FunctionContexts;
import org.laborbridge.shared.time.SettableClock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The matching Lambda as tests drive it: a real handler over a real Micronaut context, wired to local AWS with
 * the names template.yaml gives, fed SQS events, with a clock the test controls.
 */
final class MatchingFunction implements AutoCloseable {

  private static final AtomicLong MESSAGES = new AtomicLong();

  final SettableClock clock;
  final ApplicationContext context;
  final MatchingQueueHandler handler;

  MatchingFunction(LocalAws aws, ProvisionedStack stack, Instant now) {
    this(aws, stack, now, Map.of());
  }

  /** @param settings more properties, e.g. {@code matching.top-k} as MATCHING_TOP_K would set it */
  MatchingFunction(LocalAws aws, ProvisionedStack stack, Instant now, Map<String, Object> settings) {
    this.clock = new SettableClock(now);
    // The environment template.yaml gives the function, resolved against the local stack.
    Map<String, Object> properties = new HashMap<>();
    properties.put("matching.candidates-table", stack.tableName("CandidatesTable"));
    properties.put("matching.matches-table", stack.tableName("MatchesTable"));
    properties.put("matching.push-queue-url", stack.queueUrl("PushQueue"));
    properties.putAll(settings);
    this.context = FunctionContexts.start(aws, properties, clock);
    this.handler = new MatchingQueueHandler(context);
  }

  SQSBatchResponse send(SQSEvent event) {
    return handler.handleRequest(event, new MockLambdaContext());
  }

  /** One SQS batch holding these message bodies, as Lambda's event source mapping would deliver them. */
  SQSBatchResponse deliver(List<String> bodies) {
    return send(event(bodies));
  }

  SQSBatchResponse deliver(String... bodies) {
    return deliver(List.of(bodies));
  }

  static SQSEvent event(List<String> bodies) {
    List<SQSEvent.SQSMessage> records = new ArrayList<>();
    for (String body : bodies) {
      SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
      message.setMessageId("message-" + MESSAGES.incrementAndGet());
      message.setReceiptHandle("receipt-" + message.getMessageId());
      message.setBody(body);
      message.setAttributes(Map.of("ApproximateReceiveCount", "1"));
      message.setEventSource("aws:sqs");
      message.setEventSourceArn("arn:aws:sqs:us-east-1:000000000000:laborbridge-test-MatchingQueue");
      records.add(message);
    }
    SQSEvent event = new SQSEvent();
    event.setRecords(records);
    return event;
  }

  static List<String> failedIds(SQSBatchResponse response) {
    return response.getBatchItemFailures().stream().map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList();
  }

  @Override
  public void close() {
    handler.close();
    context.close();
  }
}
