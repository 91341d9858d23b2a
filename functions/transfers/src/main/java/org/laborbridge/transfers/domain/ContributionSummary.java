package org.laborbridge.transfers.domain;

import org.laborbridge.shared.problem.FieldError;
import org.laborbridge.shared.problem.InvalidValue;

import java.util.ArrayList;
import java.util.List;

/** What the worker says about their contributions when applying; the transfer-out office's form is the truth. */
public record ContributionSummary(int contributionMonths, int unclaimedBenefitMonths) {

  /** Fifty years of contributions. */
  public static final int MAX_CONTRIBUTION_MONTHS = 600;
  /** Unemployment benefit is paid for at most 24 months. */
  public static final int MAX_BENEFIT_MONTHS = 24;

  public ContributionSummary {
    List<FieldError> errors = new ArrayList<>();
    if (contributionMonths < 0 || contributionMonths > MAX_CONTRIBUTION_MONTHS) {
      errors.add(new FieldError("contributionMonths", "must be between 0 and " + MAX_CONTRIBUTION_MONTHS));
    }
    if (unclaimedBenefitMonths < 0 || unclaimedBenefitMonths > MAX_BENEFIT_MONTHS) {
      errors.add(new FieldError("unclaimedBenefitMonths", "must be between 0 and " + MAX_BENEFIT_MONTHS));
    }
    if (!errors.isEmpty()) {
      throw new InvalidValue(errors);
    }
  }
}
