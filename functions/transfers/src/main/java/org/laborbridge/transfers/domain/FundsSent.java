package org.laborbridge.transfers.domain;

import org.laborbridge.shared.problem.InvalidValue;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** The transfer-out office's payment of the confirmed amount, known by its own payment reference. */
public record FundsSent(BigDecimal amount, String paymentReference) {

  private static final Pattern REFERENCE = Pattern.compile("[\\x21-\\x7e]{1,64}");

  public FundsSent {
    amount = Money.check("amount", amount);
    if (paymentReference == null || !REFERENCE.matcher(paymentReference).matches()) {
      throw new InvalidValue("paymentReference", "is required: 1 to 64 visible ASCII characters");
    }
  }
}
