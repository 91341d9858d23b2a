package org.laborbridge.push.domain;

import java.math.BigDecimal;

/** A job's pay as matching summarised it: a range in a unit, and what it comes to per month at the least. */
public record Salary(BigDecimal min, BigDecimal max, String unit, BigDecimal monthlyMinimum) {}
