package org.laborbridge.localaws.provision;

import java.util.Map;

/** One created resource: what {@code !Ref} gives and what each {@code !GetAtt} attribute gives. */
public record ProvisionedResource(String logicalId, String type, Object ref, Map<String, Object> attributes) {
  public ProvisionedResource {
    attributes = Map.copyOf(attributes);
  }
}
