package org.laborbridge.reports.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.provision.ProvisionedStack;
import org.laborbridge.platform.counters.ActivityCounters;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import org.laborbridge.platform.testing.ApiGatewayResponse;
import org.laborbridge.platform.testing.FunctionContexts;
import org.laborbridge.platform.testing.SqsTriggers;
import org.laborbridge.shared.time.SettableClock;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.model.Message;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The four reports Lambdas as tests drive them: real handlers over one real Micronaut context wired to local AWS with
 * the names template.yaml gives, a clock the test controls, and the activity counters written as the owning
 * functions write them (the platform's ActivityCounters). {@link #drainQueue()} plays the SQS trigger.
 */
final class ReportsFunction implements AutoCloseable {

  static final ObjectMapper JSON = new ObjectMapper();

  final SettableClock clock;
  final ApplicationContext context;
  final ReportsHttpHandler http;
  final ReportsQueueHandler queue;
  final MonthlyReportScheduleHandler monthly;
  final WeeklyReportScheduleHandler weekly;
  final CountersRepairHandler repair;
  final ActivityCounters counters;
  final LocalAws aws;
  final ProvisionedStack stack;
  private final HttpClient downloads = HttpClient.newHttpClient();

  ReportsFunction(LocalAws aws, ProvisionedStack stack, Instant now) {
    this.aws = aws;
    this.stack = stack;
    this.clock = new SettableClock(now);
    this.context = FunctionContexts.start(aws, Map.of(
        "reports.counters-table", stack.tableName("CountersTable"),
        "reports.queue-url", stack.queueUrl("ReportsQueue"),
        "reports.files-bucket", stack.bucketName("FilesBucket"),
        "reports.jobs-table", stack.tableName("JobsTable"),
        "reports.workers-table", stack.tableName("WorkersTable"),
        "reports.fairs-table", stack.tableName("FairsTable"),
        "reports.transfers-table", stack.tableName("TransfersTable")), clock);
    this.http = new ReportsHttpHandler(context);
    this.queue = new ReportsQueueHandler(context);
    this.monthly = new MonthlyReportScheduleHandler(context);
    this.weekly = new WeeklyReportScheduleHandler(context);
    this.repair = new CountersRepairHandler(context);
    this.counters = new ActivityCounters(aws.dynamoDb(), stack.tableName("CountersTable"));
  }

  ApiGatewayResponse send(APIGatewayV2HTTPEvent event) {
    return new ApiGatewayResponse(http.handleRequest(event, new MockLambdaContext()));
  }

  ApiGatewayResponse send(ApiGatewayRequests request) {
    return send(request.event());
  }

  /** Staff of Sichuan ask for a report: 202. */
  JsonNode request(String kind, String period) {
    ApiGatewayResponse response = send(ApiGatewayRequests.post("/v1/reports",
        JSON.createObjectNode().put("kind", kind).put("period", period).toString()).asStaff("51"));
    assertEquals(202, response.status(), response::toString);
    return response.json();
  }

  JsonNode report(String id) {
    ApiGatewayResponse response = send(ApiGatewayRequests.get("/v1/reports/" + id).asStaff("33"));
    assertEquals(200, response.status(), response::toString);
    return response.json();
  }

  /** Feeds messages to the queue handler as one SQS batch; returns the ids it reported failed. */
  Set<String> handle(List<SQSEvent.SQSMessage> messages) {
    return SqsTriggers.handle(queue, messages);
  }

  static SQSEvent.SQSMessage message(String id, String body) {
    return SqsTriggers.message(id, body);
  }

  /** Generates what is waiting on the reports queue, as the SQS trigger would; returns the messages handled. */
  List<JsonNode> drainQueue() {
    List<JsonNode> handled = new ArrayList<>();
    String url = stack.queueUrl("ReportsQueue");
    for (int round = 0; round < 20; round++) {
      List<Message> received = aws.sqs().receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10)).messages();
      if (received.isEmpty()) {
        return handled;
      }
      Set<String> failed = handle(received.stream().map(m -> message(m.messageId(), m.body())).toList());
      if (!failed.isEmpty()) {
        throw new AssertionError("the reports queue handler failed messages " + failed);
      }
      for (Message m : received) {
        handled.add(json(m.body()));
        aws.sqs().deleteMessage(r -> r.queueUrl(url).receiptHandle(m.receiptHandle()));
      }
    }
    throw new AssertionError("the reports queue did not empty");
  }

  /** Downloads through a presigned link, as a person's browser would (no credentials). */
  byte[] download(String url) {
    try {
      HttpResponse<byte[]> response = downloads.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, response.statusCode(), () -> "download answered " + response.statusCode());
      return response.body();
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The keys under reports/ in the files bucket. */
  List<String> reportKeys() {
    return aws.s3().listObjectsV2(r -> r.bucket(stack.bucketName("FilesBucket")).prefix("reports/")).contents().stream()
        .map(o -> o.key()).sorted().toList();
  }

  /** Every item of CountersTable: tests compare before and after a refused request. */
  List<Map<String, AttributeValue>> everything() {
    return aws.dynamoDb().scan(r -> r.tableName(stack.tableName("CountersTable"))).items();
  }

  int waitingOnQueue() {
    return Integer.parseInt(aws.sqs().getQueueAttributes(r -> r.queueUrl(stack.queueUrl("ReportsQueue"))
        .attributeNamesWithStrings("ApproximateNumberOfMessages")).attributesAsStrings()
        .get("ApproximateNumberOfMessages"));
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() {
    http.close();
    if (context.isRunning()) {
      context.close();
    }
  }
}
