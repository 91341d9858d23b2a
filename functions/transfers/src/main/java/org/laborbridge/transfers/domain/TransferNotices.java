package org.laborbridge.transfers.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The notices transfers sends to regions' systems: the contact letter ({@code transfer.forwarded}, to the
 * transfer-out region) and missed deadlines ({@code transfer.overdue}). Ids follow from the transfer and the step,
 * so a retried step queues the same notice and push delivers it once. Payloads carry ids and facts, never a person's
 * name, identity number or phone: the regions resolve the worker in their own systems.
 */
public final class TransferNotices {

  public static final String FORWARDED = "transfer.forwarded";
  public static final String OVERDUE = "transfer.overdue";

  private TransferNotices() {}

  /** The contact letter: the transfer-in region accepted and asks the transfer-out office for its side. */
  public static Notice forwarded(TransferRequest transfer, Instant acceptedAt) {
    Map<String, Object> payload = base(transfer);
    payload.put("reason", transfer.reason().name());
    payload.put("acceptedAt", acceptedAt.toString());
    payload.put("transferOutDueOn", transfer.transferOutDueOn().toString());
    if (transfer.contributions() != null) {
      payload.put("contributionSummary", Map.of(
          "contributionMonths", transfer.contributions().contributionMonths(),
          "unclaimedBenefitMonths", transfer.contributions().unclaimedBenefitMonths()));
    }
    return new Notice("transfer-" + transfer.id() + "-forwarded", transfer.transferOut().region(), FORWARDED, acceptedAt,
        payload);
  }

  /** A missed deadline, for the staff of {@code side}'s region. */
  public static Notice overdue(TransferRequest transfer, DeadlineFlag flag, TransferSide side) {
    Map<String, Object> payload = base(transfer);
    payload.put("deadline", flag.deadline().name());
    payload.put("dueOn", flag.dueOn().toString());
    payload.put("state", transfer.state().name());
    return new Notice("transfer-" + transfer.id() + "-overdue-" + flag.deadline().name().toLowerCase() + "-"
        + side.region().code(), side.region(), OVERDUE, flag.flaggedAt(), payload);
  }

  private static Map<String, Object> base(TransferRequest transfer) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("transferId", transfer.id());
    payload.put("applicationNumber", transfer.id());
    payload.put("workerId", transfer.workerId());
    payload.put("transferOut", side(transfer.transferOut()));
    payload.put("transferIn", side(transfer.transferIn()));
    return payload;
  }

  private static Map<String, Object> side(TransferSide side) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("region", side.region().code());
    // Codes only: an office name is free text that people type.
    map.put("officeCode", side.officeCode().value());
    return map;
  }
}
