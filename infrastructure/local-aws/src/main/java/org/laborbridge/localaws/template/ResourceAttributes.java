package org.laborbridge.localaws.template;

import java.util.Optional;

/** Where {@code !Ref} and {@code !GetAtt} of a resource find their values once it exists. */
public interface ResourceAttributes {

  Optional<Object> ref(String logicalId);

  Optional<Object> attribute(String logicalId, String attribute);

  ResourceAttributes NONE = new ResourceAttributes() {
    @Override
    public Optional<Object> ref(String logicalId) {
      return Optional.empty();
    }

    @Override
    public Optional<Object> attribute(String logicalId, String attribute) {
      return Optional.empty();
    }
  };
}
