package org.laborbridge.templatecheck;

/** One thing wrong with the template: which rule, where, and what. */
public record Finding(String rule, String where, String message) {
  @Override
  public String toString() {
    return "[" + rule + "] " + where + ": " + message;
  }
}
