package org.laborbridge.transfers.domain;

/** A transfer as one of its parties sees it; to anyone else it does not exist. */
public final class ReadTransfer {

  private final TransferStore transfers;

  public ReadTransfer(TransferStore transfers) {
    this.transfers = transfers;
  }

  public TransferRequest byId(String id, By by) {
    TransferRequest transfer = Transfers.find(transfers, id);
    if (!transfer.readableBy(by)) {
      throw Transfers.notFound(id);
    }
    return transfer;
  }
}
