package org.laborbridge.transfers.api;

import org.laborbridge.transfers.domain.TransferSummary;

import java.util.List;

/**
 * A line of a transfer list: the ids, the two sides, the reason, where the transfer stands, when it was applied for
 * and last changed, its due days and any flags for missed ones. The whole record is at {@code GET …/{id}}.
 */
public record TransferSummaryView(String id, String applicationNumber, String workerId, TransferView.SideView transferOut,
    TransferView.SideView transferIn, String reason, String state, String submittedAt, String lastChangedAt,
    TransferView.DeadlinesView deadlines, List<TransferView.FlagView> flags, boolean overdue) {

  static TransferSummaryView of(TransferSummary t) {
    return new TransferSummaryView(t.id(), t.id(), t.workerId(), TransferView.SideView.of(t.transferOut()),
        TransferView.SideView.of(t.transferIn()), t.reason().name(), t.state().name(), t.submittedAt().toString(),
        t.lastChangedAt().toString(),
        new TransferView.DeadlinesView(t.transferOutDueOn() == null ? null : t.transferOutDueOn().toString(),
            t.overallDueOn().toString()),
        t.flags().stream().map(TransferView.FlagView::of).toList(), t.overdue());
  }
}
