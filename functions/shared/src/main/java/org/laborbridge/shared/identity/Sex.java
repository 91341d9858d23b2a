package org.laborbridge.shared.identity;

/** Sex as the identity number records it: the sequence number is odd for men, even for women. */
public enum Sex {
  MALE,
  FEMALE
}
