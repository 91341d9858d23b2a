package org.laborbridge.fairs.domain;

/**
 * Where a registration stands. PENDING lives only while a registration is being placed (a retry finishes it);
 * CONFIRMED holds a place; WAITLISTED waits for one in ticket order; CANCELLED gave its place back.
 */
public enum RegistrationStatus {
  PENDING, CONFIRMED, WAITLISTED, CANCELLED;

  public boolean active() {
    return this != CANCELLED;
  }
}
