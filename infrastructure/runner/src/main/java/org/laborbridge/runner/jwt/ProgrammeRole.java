package org.laborbridge.runner.jwt;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The roles a programme sign-in can carry in its {@code roles} claim, as the functions read them
 * (staff of a region, employers, workers, partner systems).
 */
enum ProgrammeRole {
  STAFF, EMPLOYER, WORKER, PARTNER;

  String claimValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The claim values in this enum's order, so that the same set of roles always yields the same
   * token (and the same flattened text, e.g. {@code [staff employer]}) whatever order the set has.
   */
  static List<String> claimValues(Set<String> roles) {
    for (String role : roles) {
      if (Arrays.stream(values()).noneMatch(known -> known.claimValue().equals(role))) {
        throw new IllegalArgumentException("unknown role '" + role + "': roles are " + allClaimValues());
      }
    }
    return Arrays.stream(values())
        .map(ProgrammeRole::claimValue)
        .filter(roles::contains)
        .collect(Collectors.toList());
  }

  private static String allClaimValues() {
    return Arrays.stream(values()).map(ProgrammeRole::claimValue).collect(Collectors.joining(", "));
  }
}
