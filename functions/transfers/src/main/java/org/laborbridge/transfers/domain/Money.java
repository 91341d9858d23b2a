package org.laborbridge.transfers.domain;

import org.laborbridge.shared.problem.InvalidValue;

import java.math.BigDecimal;

/** Amounts in yuan (CNY) as the offices write them: not negative, at most two decimals, below a hundred million. */
public final class Money {

  static final BigDecimal MAX = new BigDecimal("100000000");

  private Money() {}

  public static BigDecimal check(String field, BigDecimal amount) {
    if (amount == null) {
      throw new InvalidValue(field, "is required");
    }
    if (amount.signum() < 0 || amount.compareTo(MAX) >= 0 || amount.stripTrailingZeros().scale() > 2) {
      throw new InvalidValue(field, "must be an amount in yuan between 0 and 99999999.99, with at most two decimals");
    }
    return amount;
  }
}
