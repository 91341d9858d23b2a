package org.laborbridge.jobs.domain;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of partner the agreements name, with the wire names partners use. */
public enum PartnerKind {
  HR_DEPARTMENT("hr-department"),
  AGENCY("agency"),
  LABOR_COMPANY("labor-company"),
  COOPERATIVE("cooperative"),
  BROKER("broker");

  private final String wireName;

  PartnerKind(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<PartnerKind> fromWire(String name) {
    return Arrays.stream(values()).filter(k -> k.wireName.equals(name)).findFirst();
  }
}
