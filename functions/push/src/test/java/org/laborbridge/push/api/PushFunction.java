package org.laborbridge.push.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.provision.ProvisionedStack;
import org.laborbridge.platform.testing.ApiGatewayResponse;
import org.laborbridge.platform.testing.FunctionContexts;
import org.laborbridge.push.Receiver;
import org.laborbridge.shared.message.Envelope;
import org.laborbridge.shared.message.EnvelopeCodec;
import org.laborbridge.shared.time.SettableClock;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The three push Lambdas as tests drive them: real handlers over one real Micronaut context, wired to local AWS
 * with the names template.yaml gives, with a clock the test controls and an HTTP client that trusts the test
 * receivers. {@link #drainQueue()} plays the SQS trigger: it feeds what is on the push queue to the queue handler
 * and deletes what the handler did not report failed.
 */
final class PushFunction implements AutoCloseable {

  static final ObjectMapper JSON = new ObjectMapper();

  final SettableClock clock;
  final ApplicationContext context;
  final PushHttpHandler http;
  final PushQueueHandler queue;
  final DeferredPushesScheduleHandler schedule;
  final LocalAws aws;
  final ProvisionedStack stack;

  PushFunction(LocalAws aws, ProvisionedStack stack, Instant now) {
    this.aws = aws;
    this.stack = stack;
    this.clock = new SettableClock(now);
    // The environment template.yaml gives the functions, resolved against the local stack. The first retry
    // waits 0 s instead of 5 s, so a test sees the retry's message at once.
    this.context = FunctionContexts.start(aws, Map.of(
        "push.deliveries-table", stack.tableName("DeliveriesTable"),
        "push.queue-url", stack.queueUrl("PushQueue"),
        "push.first-retry-seconds", 0,
        "push.counters-table", stack.tableName("CountersTable")), clock, Receiver.client());
    this.http = new PushHttpHandler(context);
    this.queue = new PushQueueHandler(context);
    this.schedule = new DeferredPushesScheduleHandler(context);
  }

  ApiGatewayResponse send(APIGatewayV2HTTPEvent event) {
    return new ApiGatewayResponse(http.handleRequest(event, new MockLambdaContext()));
  }

  /** Feeds messages to the queue handler as one SQS batch; returns the ids it reported failed. */
  Set<String> handle(List<SQSEvent.SQSMessage> messages) {
    SQSEvent event = new SQSEvent();
    event.setRecords(messages);
    SQSBatchResponse response = queue.handleRequest(event, new MockLambdaContext());
    return response.getBatchItemFailures().stream().map(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
        .collect(Collectors.toSet());
  }

  /** Feeds envelopes straight to the queue handler, as if SQS had delivered them. */
  Set<String> handle(Envelope... envelopes) {
    List<SQSEvent.SQSMessage> messages = new ArrayList<>();
    for (Envelope envelope : envelopes) {
      messages.add(message(UUID.randomUUID().toString(), EnvelopeCodec.toJson(envelope)));
    }
    return handle(messages);
  }

  static SQSEvent.SQSMessage message(String id, String body) {
    SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
    message.setMessageId(id);
    message.setBody(body);
    message.setEventSource("aws:sqs");
    message.setAttributes(Map.of("ApproximateReceiveCount", "1"));
    return message;
  }

  /** Handles what is visible on the push queue, batch by batch, until it is empty; returns the messages handled. */
  int drainQueue() {
    int handled = 0;
    for (int round = 0; round < 20; round++) {
      List<Message> received = aws.sqs().receiveMessage(r -> r.queueUrl(stack.queueUrl("PushQueue")).maxNumberOfMessages(10)
          .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages();
      if (received.isEmpty()) {
        return handled;
      }
      List<SQSEvent.SQSMessage> batch = received.stream().map(m -> message(m.messageId(), m.body())).toList();
      Set<String> failed = handle(batch);
      if (!failed.isEmpty()) {
        throw new AssertionError("the push queue handler failed messages " + failed);
      }
      received.forEach(m -> aws.sqs().deleteMessage(r -> r.queueUrl(stack.queueUrl("PushQueue")).receiptHandle(m.receiptHandle())));
      handled += received.size();
    }
    throw new AssertionError("the push queue did not empty");
  }

  /** The bodies of the messages now waiting on the push queue, without taking them off (they come back at once). */
  List<JsonNode> peekQueue() {
    List<Message> received = aws.sqs().receiveMessage(r -> r.queueUrl(stack.queueUrl("PushQueue")).maxNumberOfMessages(10)
        .visibilityTimeout(0)).messages();
    return received.stream().map(m -> {
      try {
        return JSON.readTree(m.body());
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }).toList();
  }

  String releaseDeferred() {
    return schedule.handleRequest(Map.of(), new MockLambdaContext());
  }

  @Override
  public void close() {
    http.close();
    if (context.isRunning()) {
      context.close();
    }
  }
}
