package org.laborbridge.fairs.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.provision.ProvisionedStack;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import org.laborbridge.platform.testing.ApiGatewayResponse;
import org.laborbridge.platform.testing.FunctionContexts;
import org.laborbridge.shared.time.SettableClock;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.model.Message;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fairs Lambda as tests drive it: the real handler over a real Micronaut context wired to local AWS with the
 * names template.yaml gives, a clock the test controls, and what the jobs function would have written about
 * workers and jobs (in its own layout) for the fairs function to read.
 */
final class FairsFunction implements AutoCloseable {

  static final ObjectMapper JSON = new ObjectMapper();

  final SettableClock clock;
  final ApplicationContext context;
  final FairsHttpHandler http;
  final LocalAws aws;
  final ProvisionedStack stack;

  FairsFunction(LocalAws aws, ProvisionedStack stack, Instant now) {
    this.aws = aws;
    this.stack = stack;
    this.clock = new SettableClock(now);
    this.context = FunctionContexts.start(aws, Map.of(
        "fairs.table", stack.tableName("FairsTable"),
        "fairs.workers-table", stack.tableName("WorkersTable"),
        "fairs.jobs-table", stack.tableName("JobsTable"),
        "fairs.matching-queue-url", stack.queueUrl("MatchingQueue"),
        "fairs.push-queue-url", stack.queueUrl("PushQueue"),
        "fairs.counters-table", stack.tableName("CountersTable")), clock);
    this.http = new FairsHttpHandler(context);
  }

  ApiGatewayResponse send(APIGatewayV2HTTPEvent event) {
    return new ApiGatewayResponse(http.handleRequest(event, new MockLambdaContext()));
  }

  ApiGatewayResponse send(ApiGatewayRequests request) {
    return send(request.event());
  }

  /** A worker as the jobs function stores one (only what fairs reads, plus a name fairs must never read). */
  void workerRegistered(String workerId, String homeCounty, String ownAccount) {
    Map<String, AttributeValue> item = new java.util.HashMap<>(Map.of(
        "pk", AttributeValue.fromS("WORKER#" + workerId), "sk", AttributeValue.fromS("WORKER"),
        "id", AttributeValue.fromS(workerId), "homeCounty", AttributeValue.fromS(homeCounty),
        "name", AttributeValue.fromS("Zhang San"), "phone", AttributeValue.fromS("13800138000")));
    if (ownAccount != null) {
      item.put("registeredByKind", AttributeValue.fromS("SELF"));
      item.put("registeredById", AttributeValue.fromS(ownAccount));
    } else {
      item.put("registeredByKind", AttributeValue.fromS("STAFF"));
      item.put("registeredById", AttributeValue.fromS("staff-51"));
    }
    aws.dynamoDb().putItem(r -> r.tableName(stack.tableName("WorkersTable")).item(item));
  }

  /** A job as the jobs function stores one. */
  void jobPosted(String jobId, String employerAccount, String status, String validThrough) {
    aws.dynamoDb().putItem(r -> r.tableName(stack.tableName("JobsTable")).item(Map.of(
        "pk", AttributeValue.fromS("JOB#" + jobId), "sk", AttributeValue.fromS("JOB"),
        "id", AttributeValue.fromS(jobId), "status", AttributeValue.fromS(status),
        "postedByKind", AttributeValue.fromS("EMPLOYER"), "postedById", AttributeValue.fromS(employerAccount),
        "validThrough", AttributeValue.fromS(validThrough))));
  }

  /** Takes every message off a queue and returns the bodies. */
  List<JsonNode> drain(String queue) {
    List<JsonNode> bodies = new ArrayList<>();
    String url = stack.queueUrl(queue);
    for (int round = 0; round < 200; round++) {
      List<Message> received = aws.sqs().receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10)).messages();
      if (received.isEmpty()) {
        return bodies;
      }
      for (Message message : received) {
        try {
          bodies.add(JSON.readTree(message.body()));
        } catch (IOException e) {
          throw new AssertionError(e);
        }
        aws.sqs().deleteMessage(r -> r.queueUrl(url).receiptHandle(message.receiptHandle()));
      }
    }
    throw new AssertionError(queue + " did not empty");
  }

  /** Every item of FairsTable: tests compare before and after a refused request. */
  List<Map<String, AttributeValue>> everything() {
    return aws.dynamoDb().scan(r -> r.tableName(stack.tableName("FairsTable"))).items();
  }

  @Override
  public void close() {
    http.close();
    if (context.isRunning()) {
      context.close();
    }
  }
}
