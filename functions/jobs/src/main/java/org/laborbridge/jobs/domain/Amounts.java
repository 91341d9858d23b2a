package org.laborbridge.jobs.domain;

import java.math.BigDecimal;

/** Money amounts in yuan, written one way so that 6000, 6000.0 and 6000.00 are the same amount. */
final class Amounts {
  private Amounts() {}

  static BigDecimal normalized(BigDecimal amount) {
    BigDecimal stripped = amount.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
