package org.laborbridge.transfers.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.provision.ProvisionedStack;
import org.laborbridge.platform.testing.ApiGatewayResponse;
import org.laborbridge.platform.testing.FunctionContexts;
import org.laborbridge.shared.time.SettableClock;
import software.amazon.awssdk.services.sqs.model.Message;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The two transfers Lambdas as tests drive them: the HTTP handler and the deadline schedule over one real Micronaut
 * context, wired to local AWS with the names template.yaml gives, with a clock the test controls.
 */
final class TransfersFunction implements AutoCloseable {

  static final ObjectMapper JSON = new ObjectMapper();

  final SettableClock clock;
  final ApplicationContext context;
  final TransfersHttpHandler http;
  final TransferDeadlinesScheduleHandler schedule;
  final LocalAws aws;
  final ProvisionedStack stack;

  TransfersFunction(LocalAws aws, ProvisionedStack stack, Instant now, Map<String, Object> settings) {
    this.aws = aws;
    this.stack = stack;
    this.clock = new SettableClock(now);
    // The environment template.yaml gives the functions, resolved against the local stack.
    Map<String, Object> environment = new HashMap<>(Map.of(
        "transfers.table", stack.tableName("TransfersTable"),
        "transfers.workers-table", stack.tableName("WorkersTable"),
        "transfers.partners-table", stack.tableName("PartnersTable"),
        "transfers.files-bucket", stack.bucketName("FilesBucket"),
        "transfers.push-queue-url", stack.queueUrl("PushQueue"),
        "transfers.holidays", "2027-01-01",
        "transfers.transfer-out-working-days", 5,
        "transfers.overall-deadline-working-days", 30,
        "transfers.counters-table", stack.tableName("CountersTable")));
    environment.putAll(settings);
    this.context = FunctionContexts.start(aws, environment, clock);
    this.http = new TransfersHttpHandler(context);
    this.schedule = new TransferDeadlinesScheduleHandler(context);
  }

  ApiGatewayResponse send(APIGatewayV2HTTPEvent event) {
    return new ApiGatewayResponse(http.handleRequest(event, new MockLambdaContext()));
  }

  /** Fires the daily deadline check, as the 08:30 schedule would. */
  String checkDeadlines() {
    return schedule.handleRequest(Map.of(), new MockLambdaContext());
  }

  /** Takes every message now on the push queue off it, in the order received; their bodies. */
  List<JsonNode> takePushQueue() {
    List<JsonNode> bodies = new ArrayList<>();
    String url = stack.queueUrl("PushQueue");
    for (int round = 0; round < 50; round++) {
      List<Message> received = aws.sqs().receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10)).messages();
      if (received.isEmpty()) {
        return bodies;
      }
      for (Message m : received) {
        try {
          bodies.add(JSON.readTree(m.body()));
        } catch (IOException e) {
          throw new AssertionError(e);
        }
        aws.sqs().deleteMessage(r -> r.queueUrl(url).receiptHandle(m.receiptHandle()));
      }
    }
    throw new AssertionError("the push queue did not empty");
  }

  @Override
  public void close() {
    http.close();
    if (context.isRunning()) {
      context.close();
    }
  }
}
