package org.laborbridge.transfers.api;

import org.laborbridge.platform.http.FieldCheck;
import org.laborbridge.shared.problem.FieldError;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.region.CountyCode;
import org.laborbridge.shared.region.Region;
import org.laborbridge.transfers.domain.ApplyForTransfer;
import org.laborbridge.transfers.domain.ContributionSummary;
import org.laborbridge.transfers.domain.Document;
import org.laborbridge.transfers.domain.FundsSent;
import org.laborbridge.transfers.domain.Ids;
import org.laborbridge.transfers.domain.OutForm;
import org.laborbridge.transfers.domain.TransferReason;
import org.laborbridge.transfers.domain.TransferSide;

import java.math.BigDecimal;
import java.util.function.Supplier;

/**
 * Turns bodies (from HTTP, or a webhook's {@code data}) into domain values, collecting every field error at once
 * under its path in the body ({@code prefix} is {@code ""} for HTTP bodies and {@code "data."} for webhooks).
 */
final class Forms {

  private Forms() {}

  enum Decision { ACCEPT, REJECT }

  static ApplyForTransfer.Application application(Bodies.ApplicationBody body) {
    FieldCheck check = new FieldCheck();
    String workerId = check.required("workerId", body.workerId(), id -> workerId("workerId", id));
    TransferSide out = check.value("", () -> side("transferOut", body.transferOut()));
    TransferSide in = check.value("", () -> side("transferIn", body.transferIn()));
    TransferReason reason = check.oneOf("reason", body.reason(), TransferReason.class);
    Bodies.ContributionBody summary = body.contributionSummary();
    ContributionSummary contributions = summary == null ? null : check.value("", () -> under("contributionSummary.", () ->
        new ContributionSummary(months("contributionMonths", summary.contributionMonths()),
            months("unclaimedBenefitMonths", summary.unclaimedBenefitMonths()))));
    check.throwIfAny();
    return new ApplyForTransfer.Application(workerId, out, in, reason, contributions);
  }

  static Decision decision(String prefix, Bodies.DecisionBody body) {
    FieldCheck check = new FieldCheck();
    Decision decision = check.oneOf(prefix + "decision", body.decision(), Decision.class);
    check.throwIfAny();
    return decision;
  }

  static OutForm outForm(String prefix, Bodies.OutConfirmationBody body) {
    Bodies.AmountsBody amounts = body.amounts() == null ? new Bodies.AmountsBody(null, null, null) : body.amounts();
    return under(prefix, () -> {
      FieldCheck check = new FieldCheck();
      int months = nonNull(check, "contributionMonths", body.contributionMonths());
      int unclaimed = nonNull(check, "unclaimedBenefitMonths", body.unclaimedBenefitMonths());
      check.throwIfAny();
      return new OutForm(months, unclaimed, amounts.unemploymentBenefit(), amounts.medicalSubsidy(),
          amounts.trainingSubsidy());
    });
  }

  static FundsSent fundsSent(String prefix, Bodies.FundsSentBody body) {
    return under(prefix, () -> {
      FieldCheck check = new FieldCheck();
      BigDecimal amount = check.required("amount", body.amount(), a -> a);
      String reference = check.required("paymentReference", body.paymentReference(), r -> r);
      check.throwIfAny();
      return new FundsSent(amount, reference);
    });
  }

  record DocumentRequest(String name, Document.FileType type, long size) {}

  static DocumentRequest document(Bodies.DocumentBody body) {
    FieldCheck check = new FieldCheck();
    String name = check.required("name", body.name(), Document::checkedName);
    Document.FileType type = check.required("contentType", body.contentType(), Document.FileType::ofContentType);
    Long size = check.required("size", body.size(), s -> {
      if (s < 1 || s > Document.MAX_SIZE) {
        throw new InvalidValue("size", "must be between 1 byte and 10 MB (" + Document.MAX_SIZE + " bytes)");
      }
      return s;
    });
    check.throwIfAny();
    return new DocumentRequest(name, type, size);
  }

  static String workerId(String field, String id) {
    if (!Ids.wellFormed(id)) {
      throw new InvalidValue(field, "must be a worker id as POST /v1/workers gave it");
    }
    return id;
  }

  private static TransferSide side(String field, Bodies.SideBody side) {
    if (side == null) {
      throw new InvalidValue(field, "is required: region, officeCode and optionally officeName");
    }
    FieldCheck check = new FieldCheck();
    Region region = check.required(field + ".region", side.region(), Region::ofCode);
    CountyCode office = check.required(field + ".officeCode", side.officeCode(), CountyCode::parse);
    check.throwIfAny();
    return under(field + ".", () -> new TransferSide(region, office, side.officeName()));
  }

  private static int months(String field, Integer value) {
    if (value == null) {
      throw new InvalidValue(field, "is required");
    }
    return value;
  }

  private static int nonNull(FieldCheck check, String field, Integer value) {
    if (value == null) {
      check.fail(field, "is required");
      return 0;
    }
    return value;
  }

  /** Runs a use case that names a field {@code from} where the body calls it {@code to}. */
  static <T> T renaming(String from, String to, Supplier<T> make) {
    try {
      return make.get();
    } catch (InvalidValue invalid) {
      throw new InvalidValue(invalid.errors().stream()
          .map(e -> e.field().equals(from) ? new FieldError(to, e.message()) : e).toList());
    }
  }

  /** Runs a domain constructor whose errors name its own fields, and files them under {@code prefix}. */
  static <T> T under(String prefix, Supplier<T> make) {
    try {
      return make.get();
    } catch (InvalidValue invalid) {
      throw new InvalidValue(invalid.errors().stream().map(e -> new FieldError(prefix + e.field(), e.message())).toList());
    }
  }
}
