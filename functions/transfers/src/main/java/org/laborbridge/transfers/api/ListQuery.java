package org.laborbridge.transfers.api;

import org.laborbridge.platform.http.FieldCheck;
import org.laborbridge.platform.http.Paging;
import org.laborbridge.shared.paging.PageRequest;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.transfers.domain.Party;
import org.laborbridge.transfers.domain.TransferLists;
import org.laborbridge.transfers.domain.TransferState;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The query of {@code GET /v1/insurance-transfers}, every parameter checked at once: a worker's list
 * ({@code workerId}) or the caller's region's worklist ({@code side}), optionally one {@code state} and only
 * {@code overdue} ones, a page.
 *
 * @param workerId present for a worker's list
 * @param side the worklist's side (TRANSFER_IN or TRANSFER_OUT); null for a worker's list
 */
record ListQuery(Optional<String> workerId, Party side, TransferLists.Filter filter, PageRequest page) {

  static ListQuery parse(String workerId, String side, String state, String overdue, String cursor, String limit) {
    FieldCheck check = new FieldCheck();
    String worker = present(workerId) ? check.value("workerId", () -> Forms.workerId("workerId", workerId.trim())) : null;
    Party party = null;
    if (present(side)) {
      if (worker != null) {
        check.fail("side", "is for a region's worklist, not with workerId");
      } else {
        party = check.value("side", () -> side(side));
      }
    } else if (worker == null) {
      party = Party.TRANSFER_IN;
    }
    TransferState inState = present(state) ? check.value("state", () -> state(state)) : null;
    boolean overdueOnly = present(overdue) && Boolean.TRUE.equals(check.value("overdue", () -> flag(overdue)));
    PageRequest page = check.value("limit", () -> Paging.of(cursor, limit));
    check.throwIfAny();
    return new ListQuery(Optional.ofNullable(worker), party, new TransferLists.Filter(Optional.ofNullable(inState),
        overdueOnly), page);
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static Party side(String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "in" -> Party.TRANSFER_IN;
      case "out" -> Party.TRANSFER_OUT;
      default -> throw new InvalidValue("side", "must be in (transfers into your region) or out (transfers out of it)");
    };
  }

  private static TransferState state(String text) {
    try {
      return TransferState.valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new InvalidValue("state", "must be one of " + Arrays.stream(TransferState.values()).map(Enum::name)
          .collect(Collectors.joining(", ")));
    }
  }

  private static boolean flag(String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new InvalidValue("overdue", "must be true or false");
    };
  }
}
