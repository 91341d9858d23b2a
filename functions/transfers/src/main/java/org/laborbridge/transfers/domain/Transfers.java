package org.laborbridge.transfers.domain;

import org.laborbridge.shared.problem.NotFound;

/** Finding a transfer by the id a caller gave. */
final class Transfers {
  private Transfers() {}

  static TransferRequest find(TransferStore store, String id) {
    if (!Ids.wellFormed(id)) {
      throw notFound("(malformed id)");
    }
    return store.find(id).orElseThrow(() -> notFound(id));
  }

  static NotFound notFound(String id) {
    return new NotFound("transfer request", id);
  }
}
