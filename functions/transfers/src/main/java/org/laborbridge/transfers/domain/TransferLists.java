package org.laborbridge.transfers.domain;

import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;
import org.laborbridge.shared.region.Region;

import java.util.Objects;
import java.util.Optional;

/** Transfers listed newest first (by application), a page at a time: a region's worklist and a worker's own list. */
public interface TransferLists {

  /** Which part of a list to show: one state only, and/or only transfers flagged late. */
  record Filter(Optional<TransferState> state, boolean overdueOnly) {
    public static final Filter ALL = new Filter(Optional.empty(), false);

    public Filter {
      Objects.requireNonNull(state, "state");
    }
  }

  /** Transfers whose {@code side} (TRANSFER_IN or TRANSFER_OUT) is {@code region}. */
  Page<TransferSummary> ofRegion(Party side, Region region, Filter filter, PageRequest page);

  /** One worker's transfers. */
  Page<TransferSummary> ofWorker(String workerId, Filter filter, PageRequest page);
}
