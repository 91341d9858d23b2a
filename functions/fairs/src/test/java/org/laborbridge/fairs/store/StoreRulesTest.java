package org.laborbridge.fairs.store;

import org.junit.jupiter.api.Test;
import org.laborbridge.platform.testing.StoreRules;

/** No Scan on a request path and no transactions: capacity lives on one item and one conditional write. */
class StoreRulesTest {

  private final StoreRules store = StoreRules.of("org.laborbridge.fairs.store");

  @Test
  void the_store_never_scans_a_table() {
    store.neverScans("fairs are listed through the region index; registrations are read in the fair's partition");
  }

  @Test
  void the_store_uses_no_dynamodb_transactions() {
    store.usesNoTransactions("a place is taken by one conditional write on the fair's item (decision 0001)");
  }
}
