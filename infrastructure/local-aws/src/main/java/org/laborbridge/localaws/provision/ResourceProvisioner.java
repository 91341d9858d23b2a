package org.laborbridge.localaws.provision;

import org.laborbridge.localaws.template.StackSettings;

import java.util.Map;
import java.util.Set;

/** Creates one kind of resource from its resolved properties, and deletes them all for a clean slate. */
interface ResourceProvisioner {

  ProvisionedResource create(String logicalId, Map<String, Object> properties, StackSettings settings);

  /** Of the given property names, those this emulator does not apply. */
  Set<String> notEmulated(Set<String> propertyNames);

  void deleteAll();
}
