package org.laborbridge.localaws.provision;

import org.laborbridge.localaws.template.CloudFormationTemplate;
import org.laborbridge.localaws.template.CloudFormationTemplate.Resource;
import org.laborbridge.localaws.template.IntrinsicResolver;
import org.laborbridge.localaws.template.References;
import org.laborbridge.localaws.template.StackSettings;
import org.laborbridge.localaws.template.TemplateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Creates every table, queue and bucket a template declares, in dependency order (a queue's dead-letter
 * queue before the queue), resolving each resource's properties just before it is created.
 */
public final class StackProvisioner {

  private static final Logger LOG = LoggerFactory.getLogger(StackProvisioner.class);

  private final Map<String, ResourceProvisioner> byType = new LinkedHashMap<>();

  public StackProvisioner(DynamoDbClient dynamoDb, SqsClient sqs, S3Client s3) {
    byType.put(TableProvisioner.TYPE, new TableProvisioner(dynamoDb));
    byType.put(QueueProvisioner.TYPE, new QueueProvisioner(sqs));
    byType.put(BucketProvisioner.TYPE, new BucketProvisioner(s3));
  }

  public ProvisionedStack provision(CloudFormationTemplate template, StackSettings settings) {
    ProvisionedStack stack = new ProvisionedStack(template, settings);
    IntrinsicResolver resolver = stack.resolver();
    List<String> notEmulated = new ArrayList<>();
    for (Resource resource : creationOrder(template)) {
      if (!included(resource, resolver)) {
        continue;
      }
      ResourceProvisioner provisioner = byType.get(resource.type());
      Map<String, Object> properties = resolver.resolveMap(resource.properties());
      stack.add(provisioner.create(resource.logicalId(), properties, settings));
      Set<String> skipped = provisioner.notEmulated(properties.keySet());
      if (!skipped.isEmpty()) {
        notEmulated.add(resource.logicalId() + " " + String.join(",", skipped));
      }
    }
    template.resources().stream().filter(r -> !byType.containsKey(r.type()) && r.type().startsWith("AWS::S3::BucketPolicy"))
        .forEach(r -> notEmulated.add(r.logicalId() + " (bucket policy)"));
    if (!notEmulated.isEmpty()) {
      // One line, as promised: the cloud honours these; the emulators do not, and nothing fakes them.
      LOG.info("local-aws skipped what the emulators lack: {}", String.join("; ", notEmulated));
    }
    return stack;
  }

  /** Deletes every table, queue and bucket on the endpoints. */
  public void deleteEverything() {
    byType.values().forEach(ResourceProvisioner::deleteAll);
  }

  private boolean included(Resource resource, IntrinsicResolver resolver) {
    Object condition = resource.definition().get("Condition");
    return condition == null || resolver.condition(String.valueOf(condition));
  }

  /** Provisionable resources, each after the provisionable resources it refers to. */
  List<Resource> creationOrder(CloudFormationTemplate template) {
    Map<String, Resource> pending = new LinkedHashMap<>();
    template.resources().stream().filter(r -> byType.containsKey(r.type())).forEach(r -> pending.put(r.logicalId(), r));
    List<Resource> ordered = new ArrayList<>();
    while (!pending.isEmpty()) {
      Resource ready = pending.values().stream()
          .filter(r -> References.in(r.definition()).stream().noneMatch(pending::containsKey))
          .findFirst()
          .orElseThrow(() -> new TemplateException("circular references between " + pending.keySet()));
      ordered.add(ready);
      pending.remove(ready.logicalId());
    }
    return ordered;
  }

  /** Property names of a resource that its provisioner applies; the rest are reported, never faked. */
  static Set<String> minus(Set<String> present, Set<String> applied) {
    return present.stream().filter(p -> !applied.contains(p)).collect(Collectors.toCollection(java.util.TreeSet::new));
  }
}
