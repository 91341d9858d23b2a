package org.laborbridge.transfers.api;

import org.laborbridge.transfers.domain.By;
import org.laborbridge.transfers.domain.DeadlineFlag;
import org.laborbridge.transfers.domain.OutForm;
import org.laborbridge.transfers.domain.TransferRequest;
import org.laborbridge.transfers.domain.TransferSide;
import org.laborbridge.transfers.domain.Transition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A transfer request as the API shows it to its parties: where it stands, when each state was reached, the forms,
 * the deadlines with any flags for missed ones, and the audit trail. The application number is the id.
 */
public record TransferView(String id, String applicationNumber, String workerId, SideView transferOut,
    SideView transferIn, String reason, ContributionView contributionSummary, String state, long version,
    String rejectionReason, OutConfirmationView outConfirmation, FundsSentView fundsSent, Map<String, String> reachedAt,
    DeadlinesView deadlines, List<FlagView> flags, boolean overdue, List<TransitionView> trail, int documentCount,
    String submittedAt, String modifiedAt) {

  public record SideView(String region, String officeCode, String officeName) {
    static SideView of(TransferSide side) {
      return new SideView(side.region().code(), side.officeCode().value(), side.officeName());
    }
  }

  public record ContributionView(int contributionMonths, int unclaimedBenefitMonths) {}

  public record OutConfirmationView(int contributionMonths, int unclaimedBenefitMonths, BigDecimal unemploymentBenefit,
      BigDecimal medicalSubsidy, BigDecimal trainingSubsidy, BigDecimal total, boolean moneyMoves) {
    static OutConfirmationView of(OutForm f) {
      return new OutConfirmationView(f.contributionMonths(), f.unclaimedBenefitMonths(), yuan(f.unemploymentBenefit()),
          yuan(f.medicalSubsidy()), yuan(f.trainingSubsidy()), yuan(f.total()), f.movesMoney());
    }
  }

  public record FundsSentView(BigDecimal amount, String paymentReference) {}

  /** Due days are Shanghai dates; a deadline is met until the end of its day. */
  public record DeadlinesView(String transferOutDueOn, String overallDueOn) {}

  public record FlagView(String deadline, String dueOn, String flaggedAt) {
    static FlagView of(DeadlineFlag flag) {
      return new FlagView(flag.deadline().name(), flag.dueOn().toString(), flag.flaggedAt().toString());
    }
  }

  /** Who: an account id (JWT subject), a partner id or the platform; never a name. */
  public record ByView(String kind, String id, String region) {
    static ByView of(By by) {
      return new ByView(by.kind().name(), by.id(), by.region().map(r -> r.code()).orElse(null));
    }
  }

  public record TransitionView(ByView by, String at, String from, String to, String note) {
    static TransitionView of(Transition t) {
      return new TransitionView(ByView.of(t.by()), t.at().toString(), t.from() == null ? null : t.from().name(),
          t.to().name(), t.note());
    }
  }

  static TransferView of(TransferRequest t) {
    Map<String, String> reached = new LinkedHashMap<>();
    t.reachedAt().forEach((state, at) -> reached.put(state.name(), at.toString()));
    return new TransferView(t.id(), t.id(), t.workerId(), SideView.of(t.transferOut()), SideView.of(t.transferIn()),
        t.reason().name(),
        t.contributions() == null ? null
            : new ContributionView(t.contributions().contributionMonths(), t.contributions().unclaimedBenefitMonths()),
        t.state().name(), t.version(), t.rejectionReason(),
        t.outForm() == null ? null : OutConfirmationView.of(t.outForm()),
        t.fundsSent() == null ? null : new FundsSentView(yuan(t.fundsSent().amount()), t.fundsSent().paymentReference()),
        reached,
        new DeadlinesView(t.transferOutDueOn() == null ? null : t.transferOutDueOn().toString(), t.overallDueOn().toString()),
        t.flags().stream().map(FlagView::of).toList(), !t.flags().isEmpty(),
        t.trail().stream().map(TransitionView::of).toList(), t.documentCount(), t.submittedAt().toString(),
        t.modifiedAt().toString());
  }

  private static BigDecimal yuan(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.UNNECESSARY);
  }
}
