package org.laborbridge.matching.api;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.junit.LocalAwsTest;
import org.laborbridge.localaws.provision.ProvisionedStack;
import org.laborbridge.shared.message.Envelope;
import org.laborbridge.shared.message.EnvelopeCodec;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.model.Message;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A test class that drives the matching handler against a fresh local stack, and reads what it left behind:
 * the pools, the matches (by the byJob index, best first) and the push queue.
 */
@LocalAwsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MatchingHandlerTest {

  /** 10:00 on 27 November 2026 in Shanghai. */
  static final Instant START = Instant.parse("2026-11-27T02:00:00Z");

  MatchingFunction function;
  LocalAws aws;
  ProvisionedStack stack;

  Map<String, Object> settings() {
    return Map.of();
  }

  @BeforeAll
  void startFunction(LocalAws aws, ProvisionedStack stack) {
    this.aws = aws;
    this.stack = stack;
    function = new MatchingFunction(aws, stack, START, settings());
  }

  /** Each test sees only the pushes it caused. */
  @BeforeEach
  void emptyPushQueue() {
    takePushes();
  }

  @AfterAll
  void stopFunction() {
    function.close();
  }

  /** Delivers the messages in batches of ten, several batches at once, as concurrent Lambda invocations would. */
  void deliverAll(List<String> bodies) {
    int batches = (bodies.size() + 9) / 10;
    List<String> failed = IntStream.range(0, batches).parallel()
        .mapToObj(b -> function.deliver(bodies.subList(b * 10, Math.min(bodies.size(), b * 10 + 10))))
        .flatMap(response -> MatchingFunction.failedIds(response).stream()).toList();
    assertEquals(List.of(), failed, "failed records");
  }

  void deliverOk(String... bodies) {
    SQSBatchResponse response = function.deliver(bodies);
    assertEquals(List.of(), MatchingFunction.failedIds(response), "failed records");
  }

  /** The workers matched with a job, as the byJob index lists them: best first, then by worker id. */
  List<String> matchedWorkers(String jobId) {
    List<String> workers = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      Map<String, AttributeValue> from = start;
      var page = aws.dynamoDb().query(r -> r.tableName(stack.tableName("MatchesTable")).indexName("byJob")
          .keyConditionExpression("gsi1pk = :job").expressionAttributeValues(Map.of(":job", AttributeValue.fromS("JOB#" + jobId)))
          .exclusiveStartKey(from));
      page.items().forEach(item -> workers.add(item.get("workerId").s()));
      start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
    } while (start != null);
    return workers;
  }

  /** The worker ids in one candidate pool partition, e.g. {@code CAND#33#6-18-02}. */
  List<String> pool(String key) {
    return aws.dynamoDb().query(r -> r.tableName(stack.tableName("CandidatesTable"))
            .keyConditionExpression("pk = :pool").expressionAttributeValues(Map.of(":pool", AttributeValue.fromS(key))))
        .items().stream().map(item -> item.get("workerId").s()).toList();
  }

  /** The job ids in one open-jobs partition, e.g. {@code JOBS#33#6-18-02}. */
  List<String> listed(String key) {
    return aws.dynamoDb().query(r -> r.tableName(stack.tableName("CandidatesTable"))
            .keyConditionExpression("pk = :pool").expressionAttributeValues(Map.of(":pool", AttributeValue.fromS(key))))
        .items().stream().map(item -> item.get("jobId").s()).toList();
  }

  /** Every push.requested envelope on the push queue now, taken off it. */
  List<Envelope> takePushes() {
    String queueUrl = stack.queueUrl("PushQueue");
    List<Envelope> pushes = new ArrayList<>();
    int emptyPolls = 0;
    while (emptyPolls < 2) {
      List<Message> batch = aws.sqs().receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(0))
          .messages();
      emptyPolls = batch.isEmpty() ? emptyPolls + 1 : 0;
      for (Message message : batch) {
        pushes.add(EnvelopeCodec.fromJson(message.body()));
        aws.sqs().deleteMessage(r -> r.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
      }
    }
    return pushes;
  }
}
