package org.laborbridge.runner.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.laborbridge.runner.InvocationLog;
import org.laborbridge.runner.lambda.InvocationResult;
import org.laborbridge.runner.lambda.LambdaFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An SQS event source mapping: polls one queue, hands batches to one function as SQS events, and deletes what
 * succeeded. With ReportBatchItemFailures only the failed records stay; a function that fails as a whole leaves
 * the whole batch, which comes back after the visibility timeout and, after maxReceiveCount, goes to the DLQ.
 */
public final class QueuePoller implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(QueuePoller.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One event source mapping as the template declares it. */
  public record Mapping(String name, String queueUrl, String queueArn, int batchSize, Duration batchingWindow,
      boolean reportBatchItemFailures, String region) {}

  private final Mapping mapping;
  private final SqsClient sqs;
  private final LambdaFunction function;
  private final Thread thread;
  private volatile boolean running = true;

  public QueuePoller(Mapping mapping, SqsClient sqs, LambdaFunction function) {
    this.mapping = mapping;
    this.sqs = sqs;
    this.function = function;
    this.thread = new Thread(this::loop, "sqs-" + mapping.name());
    thread.setDaemon(true);
    thread.start();
  }

  private void loop() {
    while (running) {
      try {
        List<Message> batch = collectBatch();
        if (!batch.isEmpty()) {
          deliver(batch);
        }
      } catch (RuntimeException e) {
        if (running) {
          LOG.warn("polling {} failed: {}", mapping.name(), e.toString());
          sleep(Duration.ofSeconds(1));
        }
      }
    }
  }

  /** Waits for a first message, then gathers more until the batch is full or the batching window closes. */
  List<Message> collectBatch() {
    List<Message> batch = new ArrayList<>(receive(Math.min(10, mapping.batchSize()), 1));
    long windowEnds = System.nanoTime() + mapping.batchingWindow().toNanos();
    while (!batch.isEmpty() && batch.size() < mapping.batchSize() && running) {
      long left = windowEnds - System.nanoTime();
      int wait = left <= 0 ? 0 : (int) Math.min(20, Math.max(1, Duration.ofNanos(left).toSeconds()));
      List<Message> more = receive(Math.min(10, mapping.batchSize() - batch.size()), wait);
      batch.addAll(more);
      if (more.isEmpty() && left <= 0) {
        break;
      }
    }
    return batch;
  }

  private List<Message> receive(int max, int waitSeconds) {
    return sqs.receiveMessage(r -> r.queueUrl(mapping.queueUrl()).maxNumberOfMessages(max).waitTimeSeconds(waitSeconds)
        .messageSystemAttributeNames(MessageSystemAttributeName.ALL).messageAttributeNames("All")).messages();
  }

  private void deliver(List<Message> batch) {
    byte[] event;
    try {
      event = JSON.writeValueAsBytes(SqsEvents.of(batch, mapping.queueArn(), mapping.region()));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    InvocationResult result = function.invoke(event);
    Set<String> failed = failedIds(result, batch);
    List<Message> done = batch.stream().filter(m -> !failed.contains(m.messageId())).toList();
    delete(done);
    InvocationLog.record(function.spec().logicalId(), "sqs:" + mapping.name(), result,
        "records=" + batch.size() + " failed=" + failed.size());
  }

  /** Which records stay on the queue: all when the invocation failed or its batch response makes no sense. */
  private Set<String> failedIds(InvocationResult result, List<Message> batch) {
    Set<String> all = new HashSet<>(batch.stream().map(Message::messageId).toList());
    if (!result.succeeded()) {
      return all;
    }
    if (!mapping.reportBatchItemFailures()) {
      return Set.of();
    }
    try {
      JsonNode answer = JSON.readTree(result.payload());
      Set<String> failed = new HashSet<>();
      if (answer == null || answer.isNull()) {
        return failed;
      }
      for (JsonNode item : answer.path("batchItemFailures")) {
        String id = item.path("itemIdentifier").asText("");
        if (!all.contains(id)) {
          // Lambda treats an empty or unknown identifier as a failure of the whole batch.
          return all;
        }
        failed.add(id);
      }
      return failed;
    } catch (IOException e) {
      return all;
    }
  }

  private void delete(List<Message> messages) {
    for (int from = 0; from < messages.size(); from += 10) {
      List<DeleteMessageBatchRequestEntry> entries = messages.subList(from, Math.min(messages.size(), from + 10)).stream()
          .map(m -> DeleteMessageBatchRequestEntry.builder().id(m.messageId().replaceAll("[^A-Za-z0-9_-]", "_"))
              .receiptHandle(m.receiptHandle()).build())
          .toList();
      sqs.deleteMessageBatch(r -> r.queueUrl(mapping.queueUrl()).entries(entries));
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(3000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The SQS event Lambda gives a function: one record per message. */
  static final class SqsEvents {
    private SqsEvents() {}

    static ObjectNode of(List<Message> batch, String queueArn, String region) {
      ObjectNode event = JSON.createObjectNode();
      ArrayNode records = event.putArray("Records");
      for (Message message : batch) {
        ObjectNode record = records.addObject();
        record.put("messageId", message.messageId());
        record.put("receiptHandle", message.receiptHandle());
        record.put("body", message.body());
        ObjectNode attributes = record.putObject("attributes");
        message.attributesAsStrings().forEach(attributes::put);
        ObjectNode messageAttributes = record.putObject("messageAttributes");
        message.messageAttributes().forEach((name, value) -> {
          ObjectNode attribute = messageAttributes.putObject(name);
          attribute.put("stringValue", value.stringValue());
          attribute.putArray("stringListValues");
          attribute.putArray("binaryListValues");
          attribute.put("dataType", value.dataType());
        });
        record.put("md5OfBody", message.md5OfBody());
        record.put("eventSource", "aws:sqs");
        record.put("eventSourceARN", queueArn);
        record.put("awsRegion", region);
      }
      return event;
    }
  }
}
