package org.laborbridge.transfers.domain;

/**
 * Where an unemployment-insurance transfer request stands. The national flow: the worker applies at the
 * transfer-in region (SUBMITTED), which accepts or rejects; on acceptance the contact letter goes to the
 * transfer-out office (LETTER_SENT), which returns its information form (OUT_CONFIRMED), sends the money
 * (FUNDS_TRANSFERRED), and the transfer-in office continues the relationship (COMPLETED).
 */
public enum TransferState {
  SUBMITTED, ACCEPTED, REJECTED, LETTER_SENT, OUT_CONFIRMED, FUNDS_TRANSFERRED, COMPLETED, CANCELLED;

  /** Open transfers still run against their deadlines and block a second application for the same worker. */
  public boolean open() {
    return this != REJECTED && this != COMPLETED && this != CANCELLED;
  }
}
