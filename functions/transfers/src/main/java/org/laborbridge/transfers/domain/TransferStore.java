package org.laborbridge.transfers.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where transfer requests are kept, with the one-open-transfer-per-worker slot and the deadline index. */
public interface TransferStore {

  Optional<TransferRequest> find(String id);

  /** Stores a new transfer; false when the id is taken. */
  boolean insert(TransferRequest transfer);

  /** Writes {@code next} only over {@code expectedVersion}: false when someone else changed the transfer meanwhile. */
  boolean replace(TransferRequest next, long expectedVersion);

  /** Which transfer holds a worker's open slot, and since when. */
  record OpenSlot(String transferId, Instant claimedAt) {}

  /** Takes the worker's open slot for {@code transferId}; empty when taken (or already held by it), else the holder. */
  Optional<OpenSlot> claimOpenSlot(String workerId, String transferId, Instant now);

  /** Moves the slot from a transfer that no longer holds it to {@code transferId}; false when another got there first. */
  boolean takeOverOpenSlot(String workerId, String staleTransferId, String transferId, Instant now);

  /** Frees the slot if {@code transferId} holds it. */
  void releaseOpenSlot(String workerId, String transferId);

  /** The ids of transfers still due on {@code day} for {@code deadline}: open for it and not yet flagged. */
  List<String> dueOn(DeadlineFlag.Deadline deadline, LocalDate day);

  /** The last day whose deadlines the daily check went through, if it ever ran. */
  Optional<LocalDate> deadlinesCheckedThrough();

  /** Moves the check's mark forward (never back). */
  void markDeadlinesChecked(LocalDate through);
}
