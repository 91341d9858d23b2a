package org.laborbridge.jobs.domain;

import java.util.Objects;

/** Who put a job on the platform: a signed-in employer or staff member, or a partner's system by webhook. */
public record PostedBy(Kind kind, String id) {

  public enum Kind { EMPLOYER, STAFF, PARTNER }

  public PostedBy {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }

  public static PostedBy partner(String partnerId) {
    return new PostedBy(Kind.PARTNER, partnerId);
  }
}
