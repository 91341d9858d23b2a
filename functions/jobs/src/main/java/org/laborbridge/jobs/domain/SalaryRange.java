package org.laborbridge.jobs.domain;

import org.laborbridge.shared.problem.InvalidValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** Pay offered, in yuan per hour, day or month (schema.org baseSalary as a range). */
public record SalaryRange(BigDecimal min, BigDecimal max, PayUnit unit, String currency) {

  public static final String CNY = "CNY";
  /** Statutory monthly working time in China: 21.75 days of 8 hours. */
  static final BigDecimal DAYS_PER_MONTH = new BigDecimal("21.75");
  static final BigDecimal HOURS_PER_MONTH = new BigDecimal("174");

  public SalaryRange {
    Objects.requireNonNull(unit, "unit");
    if (min == null || min.signum() < 0) {
      throw new InvalidValue("salary.min", "must be zero or more");
    }
    if (max == null) {
      max = min;
    }
    if (min.compareTo(max) > 0) {
      throw new InvalidValue("salary.min", "must not be greater than salary.max");
    }
    min = Amounts.normalized(min);
    max = Amounts.normalized(max);
    if (currency == null) {
      currency = CNY;
    }
    if (!CNY.equals(currency)) {
      throw new InvalidValue("salary.currency", "must be CNY");
    }
  }

  /** The least this job pays, expressed per month, so that hourly, daily and monthly pay compare. */
  public BigDecimal monthlyMinimum() {
    BigDecimal perMonth = switch (unit) {
      case HOUR -> min.multiply(HOURS_PER_MONTH);
      case DAY -> min.multiply(DAYS_PER_MONTH);
      case MONTH -> min;
    };
    return perMonth.setScale(0, RoundingMode.DOWN);
  }
}
