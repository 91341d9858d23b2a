package org.laborbridge.localaws.provision;

import org.laborbridge.localaws.template.StackSettings;
import org.laborbridge.localaws.template.Values;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** AWS::SQS::Queue: standard or FIFO, timings, and the RedrivePolicy to its dead-letter queue. */
final class QueueProvisioner implements ResourceProvisioner {

  static final String TYPE = "AWS::SQS::Queue";
  /** Template property → SQS attribute, for those ElasticMQ honours. */
  private static final Map<String, QueueAttributeName> ATTRIBUTES = Map.of(
      "VisibilityTimeout", QueueAttributeName.VISIBILITY_TIMEOUT,
      "MessageRetentionPeriod", QueueAttributeName.MESSAGE_RETENTION_PERIOD,
      "DelaySeconds", QueueAttributeName.DELAY_SECONDS,
      "MaximumMessageSize", QueueAttributeName.MAXIMUM_MESSAGE_SIZE,
      "ReceiveMessageWaitTimeSeconds", QueueAttributeName.RECEIVE_MESSAGE_WAIT_TIME_SECONDS,
      "FifoQueue", QueueAttributeName.FIFO_QUEUE,
      "ContentBasedDeduplication", QueueAttributeName.CONTENT_BASED_DEDUPLICATION);

  private final SqsClient sqs;

  QueueProvisioner(SqsClient sqs) {
    this.sqs = sqs;
  }

  @Override
  public ProvisionedResource create(String logicalId, Map<String, Object> p, StackSettings settings) {
    boolean fifo = Boolean.parseBoolean(String.valueOf(p.getOrDefault("FifoQueue", "false")));
    String name = p.containsKey("QueueName") ? Values.text(p.get("QueueName"), logicalId + ".QueueName")
        : PhysicalNames.queue(settings, logicalId, fifo);
    Map<QueueAttributeName, String> attributes = new LinkedHashMap<>();
    ATTRIBUTES.forEach((property, attribute) -> {
      if (p.containsKey(property)) {
        attributes.put(attribute, Values.text(p.get(property), logicalId + "." + property));
      }
    });
    if (p.containsKey("RedrivePolicy")) {
      attributes.put(QueueAttributeName.REDRIVE_POLICY, redrivePolicy(p.get("RedrivePolicy"), logicalId));
    }
    String url = sqs.createQueue(r -> r.queueName(name).attributes(attributes)).queueUrl();
    String arn = sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
        .attributes().get(QueueAttributeName.QUEUE_ARN);
    return new ProvisionedResource(logicalId, TYPE, url, Map.of("Arn", arn, "QueueName", name, "QueueUrl", url));
  }

  /** The template may give the policy as a mapping or as a JSON string; SQS wants JSON with a numeric count. */
  private static String redrivePolicy(Object value, String logicalId) {
    if (value instanceof String json) {
      return json;
    }
    Map<String, Object> policy = Values.map(value, logicalId + ".RedrivePolicy");
    String target = Values.text(policy.get("deadLetterTargetArn"), logicalId + ".RedrivePolicy.deadLetterTargetArn");
    String count = Values.text(policy.get("maxReceiveCount"), logicalId + ".RedrivePolicy.maxReceiveCount");
    return "{\"deadLetterTargetArn\":\"" + target + "\",\"maxReceiveCount\":" + Integer.parseInt(count) + "}";
  }

  @Override
  public Set<String> notEmulated(Set<String> propertyNames) {
    Set<String> applied = ATTRIBUTES.keySet().stream().collect(Collectors.toSet());
    applied.add("QueueName");
    applied.add("RedrivePolicy");
    return StackProvisioner.minus(propertyNames, applied);
  }

  @Override
  public void deleteAll() {
    sqs.listQueuesPaginator(r -> r.maxResults(1000)).queueUrls().forEach(url -> sqs.deleteQueue(r -> r.queueUrl(url)));
  }
}
