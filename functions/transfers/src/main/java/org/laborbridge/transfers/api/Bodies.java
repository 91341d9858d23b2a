package org.laborbridge.transfers.api;

import io.micronaut.core.annotation.Introspected;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

/** The request bodies of the transfers API, as callers write them; {@link Forms} checks them field by field. */
public final class Bodies {
  private Bodies() {}

  /** An application at the transfer-in region. */
  @Introspected
  @Schema(name = "TransferApplication")
  public record ApplicationBody(
      @Schema(description = "The worker's id (from POST /v1/workers)") String workerId,
      @Schema(description = "The region and office the worker leaves") SideBody transferOut,
      @Schema(description = "The region and office the worker moves to, which decides") SideBody transferIn,
      @Schema(description = "INSURED_NEW_JOB_ELSEWHERE, UNEMPLOYED_CLAIM_AT_HOUSEHOLD_REGISTRATION or UNEMPLOYED_NEW_JOB_ELSEWHERE")
      String reason,
      @Schema(description = "Optional: what the worker knows of their contributions") ContributionBody contributionSummary) {}

  @Introspected
  @Schema(name = "TransferSide")
  public record SideBody(
      @Schema(description = "Two-digit programme region, e.g. 51") String region,
      @Schema(description = "Six-digit code of the area the social-insurance office serves, inside the region, e.g. 512000")
      String officeCode,
      @Schema(description = "Optional office name, at most 100 characters") String officeName) {}

  @Introspected
  @Schema(name = "ContributionSummary")
  public record ContributionBody(Integer contributionMonths, Integer unclaimedBenefitMonths) {}

  /** The transfer-in region's decision. Decisions cannot be withdrawn. */
  @Introspected
  @Schema(name = "TransferDecision")
  public record DecisionBody(
      @Schema(description = "ACCEPT or REJECT") String decision,
      @Schema(description = "Required to reject; a note when accepting; at most 500 characters") String reason) {}

  /** The transfer-out information form. */
  @Introspected
  @Schema(name = "TransferOutConfirmation")
  public record OutConfirmationBody(Integer contributionMonths, Integer unclaimedBenefitMonths, AmountsBody amounts) {}

  /** Amounts to move, in yuan, at most two decimals; absent means 0. */
  @Introspected
  @Schema(name = "TransferAmounts")
  public record AmountsBody(BigDecimal unemploymentBenefit, BigDecimal medicalSubsidy, BigDecimal trainingSubsidy) {}

  /** The transfer-out office's payment: the confirmed total, and its own payment reference. */
  @Introspected
  @Schema(name = "TransferFundsSent")
  public record FundsSentBody(BigDecimal amount, String paymentReference) {}

  @Introspected
  @Schema(name = "TransferNote")
  public record NoteBody(@Schema(description = "Optional, at most 500 characters") String note) {}

  /** A document to upload: declared type and size are signed into the upload link. */
  @Introspected
  @Schema(name = "TransferDocument")
  public record DocumentBody(
      @Schema(description = "File name shown to people, at most 120 characters") String name,
      @Schema(description = "application/pdf, image/jpeg or image/png") String contentType,
      @Schema(description = "Exact size in bytes, at most 10485760 (10 MB)") Long size) {}
}
