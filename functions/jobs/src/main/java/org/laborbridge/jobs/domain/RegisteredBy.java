package org.laborbridge.jobs.domain;

import java.util.Objects;

/** Who registered a worker: the worker's own account, a staff member, or a partner's system. */
public record RegisteredBy(Kind kind, String id) {

  public enum Kind { SELF, STAFF, PARTNER }

  public RegisteredBy {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }
}
