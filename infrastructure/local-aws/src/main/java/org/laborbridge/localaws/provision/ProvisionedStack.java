package org.laborbridge.localaws.provision;

import org.laborbridge.localaws.template.CloudFormationTemplate;
import org.laborbridge.localaws.template.IntrinsicResolver;
import org.laborbridge.localaws.template.ResourceAttributes;
import org.laborbridge.localaws.template.StackSettings;
import org.laborbridge.localaws.template.TemplateException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resources a template declared, as they exist locally: what {@code !Ref} and {@code !GetAtt}
 * give for each, so that functions receive the names and URLs the cloud would give them.
 */
public final class ProvisionedStack implements ResourceAttributes {

  private final CloudFormationTemplate template;
  private final StackSettings settings;
  private final Map<String, ProvisionedResource> resources = new LinkedHashMap<>();

  ProvisionedStack(CloudFormationTemplate template, StackSettings settings) {
    this.template = template;
    this.settings = settings;
  }

  void add(ProvisionedResource resource) {
    resources.put(resource.logicalId(), resource);
  }

  public CloudFormationTemplate template() {
    return template;
  }

  public StackSettings settings() {
    return settings;
  }

  /** An evaluator for any part of the template (function environments, outputs) against this stack. */
  public IntrinsicResolver resolver() {
    return new IntrinsicResolver(template, settings, this);
  }

  public List<ProvisionedResource> resources() {
    return List.copyOf(resources.values());
  }

  public List<ProvisionedResource> resourcesOfType(String type) {
    return resources.values().stream().filter(r -> r.type().equals(type)).toList();
  }

  /** The physical value of {@code !Ref logicalId}: a table or bucket name, a queue URL. */
  public String physicalId(String logicalId) {
    return String.valueOf(ref(logicalId).orElseThrow(() -> new TemplateException("no provisioned resource " + logicalId)));
  }

  public String tableName(String logicalId) {
    return physicalId(logicalId);
  }

  public String queueUrl(String logicalId) {
    return physicalId(logicalId);
  }

  public String bucketName(String logicalId) {
    return physicalId(logicalId);
  }

  @Override
  public Optional<Object> ref(String logicalId) {
    ProvisionedResource resource = resources.get(logicalId);
    if (resource != null) {
      return Optional.of(resource.ref());
    }
    return template.hasResource(logicalId) ? Optional.of(PhysicalNames.placeholder(settings, logicalId)) : Optional.empty();
  }

  @Override
  public Optional<Object> attribute(String logicalId, String attribute) {
    ProvisionedResource resource = resources.get(logicalId);
    if (resource != null) {
      return Optional.ofNullable(resource.attributes().get(attribute));
    }
    if (template.hasResource(logicalId) && attribute.equals("Arn")) {
      // Resources with no local emulation (functions, roles, schedules) still get a well-formed ARN.
      String type = template.resource(logicalId).type();
      return Optional.of(PhysicalNames.placeholderArn(settings, type, logicalId));
    }
    return Optional.empty();
  }
}
