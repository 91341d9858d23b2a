package org.laborbridge.transfers.domain;

import org.laborbridge.shared.problem.FieldError;
import org.laborbridge.shared.problem.InvalidValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The transfer-out information form: the contribution months in the transfer-out region, the benefit months not yet
 * claimed, and the amounts to move (unpaid unemployment benefit, medical subsidy, training and job-introduction
 * subsidy), in yuan.
 */
public record OutForm(int contributionMonths, int unclaimedBenefitMonths, BigDecimal unemploymentBenefit,
    BigDecimal medicalSubsidy, BigDecimal trainingSubsidy) {

  /** With less than a year of contributions in the transfer-out region only the relationship moves, not the money. */
  public static final int MONTHS_BEFORE_MONEY_MOVES = 12;

  public OutForm {
    List<FieldError> errors = new ArrayList<>();
    if (contributionMonths < 0 || contributionMonths > ContributionSummary.MAX_CONTRIBUTION_MONTHS) {
      errors.add(new FieldError("contributionMonths", "must be between 0 and " + ContributionSummary.MAX_CONTRIBUTION_MONTHS));
    }
    if (unclaimedBenefitMonths < 0 || unclaimedBenefitMonths > ContributionSummary.MAX_BENEFIT_MONTHS) {
      errors.add(new FieldError("unclaimedBenefitMonths", "must be between 0 and " + ContributionSummary.MAX_BENEFIT_MONTHS));
    }
    unemploymentBenefit = amount("amounts.unemploymentBenefit", unemploymentBenefit, errors);
    medicalSubsidy = amount("amounts.medicalSubsidy", medicalSubsidy, errors);
    trainingSubsidy = amount("amounts.trainingSubsidy", trainingSubsidy, errors);
    if (!errors.isEmpty()) {
      throw new InvalidValue(errors);
    }
  }

  private static BigDecimal amount(String field, BigDecimal value, List<FieldError> errors) {
    try {
      return Money.check(field, value == null ? BigDecimal.ZERO : value);
    } catch (InvalidValue invalid) {
      errors.addAll(invalid.errors());
      return value;
    }
  }

  public BigDecimal total() {
    return unemploymentBenefit.add(medicalSubsidy).add(trainingSubsidy);
  }

  /** Whether any money follows the relationship: only then is there a FUNDS_TRANSFERRED step. */
  public boolean movesMoney() {
    return total().signum() > 0;
  }
}
