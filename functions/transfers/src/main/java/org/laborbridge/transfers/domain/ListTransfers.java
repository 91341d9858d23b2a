package org.laborbridge.transfers.domain;

import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;
import org.laborbridge.shared.problem.Forbidden;
import org.laborbridge.shared.problem.NotFound;

/**
 * Lists of transfers: a region's worklist for its staff (the transfers it receives, or those it must send on), and
 * one worker's transfers for the worker's own account or staff of the worker's home region.
 */
public final class ListTransfers {

  private final TransferLists lists;
  private final WorkerDirectory workers;

  public ListTransfers(TransferLists lists, WorkerDirectory workers) {
    this.lists = lists;
    this.workers = workers;
  }

  /** The caller's region's transfers on {@code side}: staff only, and only their own region's. */
  public Page<TransferSummary> worklist(By by, Party side, TransferLists.Filter filter, PageRequest page) {
    if (side != Party.TRANSFER_IN && side != Party.TRANSFER_OUT) {
      throw new IllegalArgumentException("a worklist is of the transfer-in or the transfer-out side, not " + side);
    }
    if (by.kind() != By.Kind.STAFF || by.region().isEmpty()) {
      throw new Forbidden("worklists are for staff of a region; a worker lists their own transfers with workerId");
    }
    return lists.ofRegion(side, by.region().get(), filter, page);
  }

  /**
   * A worker's transfers. A worker's account sees only its own (403 for any other id, known or not, so accounts
   * learn nothing about other people's ids); staff see those of workers whose home is their region (404 for an
   * unknown worker, 403 for another region's).
   */
  public Page<TransferSummary> ofWorker(String workerId, By by, TransferLists.Filter filter, PageRequest page) {
    var worker = workers.find(workerId);
    boolean allowed = switch (by.kind()) {
      case WORKER -> worker.flatMap(WorkerDirectory.WorkerRef::ownAccount).map(by.id()::equals).orElse(false);
      case STAFF -> {
        if (worker.isEmpty()) {
          throw new NotFound("worker", workerId);
        }
        yield by.speaksFor(worker.get().homeRegion());
      }
      default -> false;
    };
    if (!allowed) {
      throw new Forbidden(by.kind() == By.Kind.WORKER ? "a worker's account lists only its own transfers"
          : "only staff of the worker's home region list the worker's transfers");
    }
    return lists.ofWorker(worker.get().id(), filter, page);
  }
}
