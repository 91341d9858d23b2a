package org.laborbridge.shared.access;

import org.laborbridge.shared.region.Region;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Who is asking, as the HTTP API's JWT authorizer vouches: subject, roles and (for staff) region. */
public record Actor(String subject, Set<Role> roles, Optional<Region> region) {

  public enum Role { STAFF, EMPLOYER, WORKER, PARTNER }

  public Actor {
    Objects.requireNonNull(subject, "subject");
    roles = Set.copyOf(roles);
    Objects.requireNonNull(region, "region");
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean isStaffOf(Region of) {
    return has(Role.STAFF) && region.map(of::equals).orElse(false);
  }
}
