package org.laborbridge.transfers.domain;

/**
 * Counts for the programme's reports, told when a transfer enters a state or is flagged late, by the write that did
 * it (a repeated step finds it done and counts nothing). Counts only: nothing about the worker.
 */
public interface TransferActivity {

  void entered(TransferRequest transfer);

  void flaggedLate(TransferRequest transfer, DeadlineFlag flag);

  TransferActivity NONE = new TransferActivity() {
    @Override
    public void entered(TransferRequest transfer) {
    }

    @Override
    public void flaggedLate(TransferRequest transfer, DeadlineFlag flag) {
    }
  };
}
