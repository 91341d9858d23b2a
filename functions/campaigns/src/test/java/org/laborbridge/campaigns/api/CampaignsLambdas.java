package org.laborbridge.campaigns.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.RepositoryRoot;
import org.laborbridge.localaws.provision.ProvisionedStack;
import org.laborbridge.localaws.template.TemplateLoader;
import org.laborbridge.localaws.template.Values;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import org.laborbridge.platform.testing.ApiGatewayResponse;
import org.laborbridge.platform.testing.FunctionContexts;
import org.laborbridge.platform.testing.SqsTriggers;
import org.laborbridge.shared.time.SettableClock;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.awssdk.services.sqs.model.Message;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The three campaigns Lambdas as tests drive them: real handlers over one real Micronaut context wired to local AWS
 * with the names template.yaml gives (and the default calendar it configures), a clock the test controls, and what
 * the jobs and fairs functions would have written (in their own layouts) for campaigns to read.
 */
final class CampaignsLambdas implements AutoCloseable {

  static final ObjectMapper JSON = new ObjectMapper();

  final SettableClock clock;
  final ApplicationContext context;
  final CampaignsHttpHandler http;
  final CampaignDayScheduleHandler schedule;
  final CampaignsQueueHandler queue;
  final LocalAws aws;
  final ProvisionedStack stack;

  CampaignsLambdas(LocalAws aws, ProvisionedStack stack, Instant now, int pageSize) {
    this.aws = aws;
    this.stack = stack;
    this.clock = new SettableClock(now);
    this.context = FunctionContexts.start(aws, Map.of(
        "campaigns.table", stack.tableName("CampaignsTable"),
        "campaigns.fairs-table", stack.tableName("FairsTable"),
        "campaigns.workers-table", stack.tableName("WorkersTable"),
        "campaigns.jobs-table", stack.tableName("JobsTable"),
        "campaigns.queue-url", stack.queueUrl("CampaignsQueue"),
        "campaigns.push-queue-url", stack.queueUrl("PushQueue"),
        "campaigns.page-size", pageSize,
        "campaigns.default-calendar", templateCalendar()), clock);
    this.http = new CampaignsHttpHandler(context);
    this.schedule = new CampaignDayScheduleHandler(context);
    this.queue = new CampaignsQueueHandler(context);
  }

  /** The default calendar exactly as template.yaml configures it for the daily schedule. */
  static String templateCalendar() {
    Map<String, Object> properties = TemplateLoader.load(RepositoryRoot.find().resolve("template.yaml"))
        .resource("CampaignDayFunction").properties();
    Map<String, Object> variables = Values.map(Values.map(properties.get("Environment"), "Environment")
        .get("Variables"), "Variables");
    return Values.text(variables.get("CAMPAIGNS_DEFAULT_CALENDAR"), "CAMPAIGNS_DEFAULT_CALENDAR");
  }

  ApiGatewayResponse send(APIGatewayV2HTTPEvent event) {
    return new ApiGatewayResponse(http.handleRequest(event, new MockLambdaContext()));
  }

  ApiGatewayResponse send(ApiGatewayRequests request) {
    return send(request.event());
  }

  /** Fires the daily schedule as EventBridge Scheduler would (its input is an empty object). */
  String openDay() {
    return schedule.handleRequest(Map.of(), new MockLambdaContext());
  }

  /** Feeds messages to the queue handler as one SQS batch; returns the ids it reported failed. */
  Set<String> handle(List<SQSEvent.SQSMessage> messages) {
    return SqsTriggers.handle(queue, messages);
  }

  static SQSEvent.SQSMessage message(String id, String body) {
    return SqsTriggers.message(id, body);
  }

  /** Takes what is visible on a queue off it (bodies parsed), without handling it. */
  List<JsonNode> take(String queue) {
    List<JsonNode> bodies = new ArrayList<>();
    String url = stack.queueUrl(queue);
    for (int round = 0; round < 5_000; round++) {
      List<Message> received = aws.sqs().receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10)).messages();
      if (received.isEmpty()) {
        return bodies;
      }
      for (Message message : received) {
        bodies.add(parse(message.body()));
      }
      aws.sqs().deleteMessageBatch(r -> r.queueUrl(url).entries(received.stream()
          .map(m -> software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry.builder()
              .id(Integer.toString(received.indexOf(m))).receiptHandle(m.receiptHandle()).build()).toList()));
    }
    throw new AssertionError(queue + " did not empty");
  }

  /**
   * Plays the SQS trigger of the campaigns queue one message at a time: handles each page message, and after each
   * one takes what it put on the push queue. Returns, per page handled, the push messages it queued.
   */
  List<List<JsonNode>> runFanOut() {
    List<List<JsonNode>> pages = new ArrayList<>();
    String url = stack.queueUrl("CampaignsQueue");
    for (int round = 0; round < 10_000; round++) {
      List<Message> received = aws.sqs().receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(1)).messages();
      if (received.isEmpty()) {
        return pages;
      }
      Message page = received.get(0);
      Set<String> failed = handle(List.of(message(page.messageId(), page.body())));
      if (!failed.isEmpty()) {
        throw new AssertionError("the campaigns queue handler failed a page: " + page.body());
      }
      aws.sqs().deleteMessage(r -> r.queueUrl(url).receiptHandle(page.receiptHandle()));
      pages.add(take("PushQueue"));
    }
    throw new AssertionError("the fan-out did not end");
  }

  /** Every push message the day's run and its fan-out queued, after opening the day. */
  List<JsonNode> runDay() {
    openDay();
    List<JsonNode> sent = new ArrayList<>(take("PushQueue"));
    runFanOut().forEach(sent::addAll);
    return sent;
  }

  // ------------------------------------------------------------------ what other functions wrote

  /**
   * A worker as the jobs function stores one: the record with name, phone and identity number (which campaigns must
   * never read), and, while push consent is granted, the keys of the byConsentedRegion index.
   */
  static Map<String, AttributeValue> workerItem(String workerId, String homeCounty, List<String> desiredRegions,
      boolean anyRegion, List<String> priorityGroups, List<String> channels, String ownAccount) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("pk", AttributeValue.fromS("WORKER#" + workerId));
    item.put("sk", AttributeValue.fromS("WORKER"));
    item.put("id", AttributeValue.fromS(workerId));
    item.put("name", AttributeValue.fromS("Wang Xiaoming"));
    item.put("phone", AttributeValue.fromS("13812345678"));
    item.put("identityNumber", AttributeValue.fromS("11010519491231002X"));
    item.put("homeCounty", AttributeValue.fromS(homeCounty));
    item.put("desiredRegions", strings(desiredRegions));
    item.put("anyRegion", AttributeValue.fromBool(anyRegion));
    item.put("priorityGroups", strings(priorityGroups));
    item.put("consentGranted", AttributeValue.fromBool(!channels.isEmpty()));
    item.put("consentChannels", strings(channels));
    item.put("registeredByKind", AttributeValue.fromS(ownAccount == null ? "STAFF" : "SELF"));
    item.put("registeredById", AttributeValue.fromS(ownAccount == null ? "staff-51" : ownAccount));
    if (!channels.isEmpty()) {
      item.put("gsi1pk", AttributeValue.fromS("CONSENTED#" + homeCounty.substring(0, 2)));
      item.put("gsi1sk", AttributeValue.fromS(workerId));
    }
    return item;
  }

  void worker(String workerId, String homeCounty, List<String> desiredRegions, boolean anyRegion,
      List<String> priorityGroups, List<String> channels, String ownAccount) {
    Map<String, AttributeValue> item = workerItem(workerId, homeCounty, desiredRegions, anyRegion, priorityGroups,
        channels, ownAccount);
    aws.dynamoDb().putItem(r -> r.tableName(stack.tableName("WorkersTable")).item(item));
  }

  /** Many workers at once, 25 to a request, as a registration drive would leave them. */
  void workers(List<Map<String, AttributeValue>> items) {
    String table = stack.tableName("WorkersTable");
    for (int from = 0; from < items.size(); from += 25) {
      List<WriteRequest> writes = items.subList(from, Math.min(from + 25, items.size())).stream()
          .map(i -> WriteRequest.builder().putRequest(PutRequest.builder().item(i).build()).build()).toList();
      Map<String, List<WriteRequest>> pending = Map.of(table, writes);
      while (!pending.isEmpty()) {
        Map<String, List<WriteRequest>> request = pending;
        Map<String, List<WriteRequest>> left = aws.dynamoDb().batchWriteItem(r -> r.requestItems(request)).unprocessedItems();
        pending = left == null ? Map.of() : left;
      }
    }
  }

  /** A fair as the fairs function stores one (the attributes its region index projects, and its keys). */
  void fair(String fairId, String region, String name, String campaignId, Instant startsAt, String status) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("pk", AttributeValue.fromS("FAIR#" + fairId));
    item.put("sk", AttributeValue.fromS("FAIR"));
    item.put("gsi1pk", AttributeValue.fromS("FAIRS#" + region));
    item.put("gsi1sk", AttributeValue.fromS(startsAt + "#" + fairId));
    item.put("id", AttributeValue.fromS(fairId));
    item.put("name", AttributeValue.fromS(name));
    if (campaignId != null) {
      item.put("campaignId", AttributeValue.fromS(campaignId));
    }
    item.put("kind", AttributeValue.fromS("MIGRANT_WORKER_SPECIAL"));
    item.put("region", AttributeValue.fromS(region));
    item.put("venue", AttributeValue.fromS("Human Resources Market, Hall 2"));
    item.put("startsAt", AttributeValue.fromS(startsAt.toString()));
    item.put("endsAt", AttributeValue.fromS(startsAt.plusSeconds(8 * 3600).toString()));
    item.put("status", AttributeValue.fromS(status));
    item.put("seatHolders", AttributeValue.fromM(Map.of("reg-1", AttributeValue.fromN("1"))));
    aws.dynamoDb().putItem(r -> r.tableName(stack.tableName("FairsTable")).item(item));
  }

  /** A job as the jobs function stores one (with what a campaign message must not carry, such as the credit code). */
  void job(String jobId, String region, String title, String createdAt, String validThrough) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("pk", AttributeValue.fromS("JOB#" + jobId));
    item.put("sk", AttributeValue.fromS("JOB"));
    item.put("gsi1pk", AttributeValue.fromS("REGION#" + region + "#ACTIVE"));
    item.put("gsi1sk", AttributeValue.fromS(createdAt + "#" + jobId));
    item.put("id", AttributeValue.fromS(jobId));
    item.put("status", AttributeValue.fromS("ACTIVE"));
    item.put("title", AttributeValue.fromS(title));
    item.put("employerName", AttributeValue.fromS("Ningbo Harbour Shipbuilding Co."));
    item.put("employerCreditCode", AttributeValue.fromS("9144030071526726XG"));
    item.put("address", AttributeValue.fromS("88 Harbour Road"));
    item.put("countyCode", AttributeValue.fromS(region + "0200"));
    item.put("city", AttributeValue.fromS("Ningbo"));
    item.put("salaryMin", AttributeValue.fromN("6500"));
    item.put("salaryMax", AttributeValue.fromN("9000"));
    item.put("salaryUnit", AttributeValue.fromS("MONTH"));
    item.put("validThrough", AttributeValue.fromS(validThrough));
    aws.dynamoDb().putItem(r -> r.tableName(stack.tableName("JobsTable")).item(item));
  }

  /** Every item of CampaignsTable: tests compare before and after a refused request. */
  List<Map<String, AttributeValue>> everything() {
    return aws.dynamoDb().scan(r -> r.tableName(stack.tableName("CampaignsTable"))).items();
  }

  static JsonNode parse(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static AttributeValue strings(List<String> values) {
    return AttributeValue.fromL(values.stream().sorted().map(AttributeValue::fromS).toList());
  }

  @Override
  public void close() {
    http.close();
    if (context.isRunning()) {
      context.close();
    }
  }
}
