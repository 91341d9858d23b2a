package org.laborbridge.transfers.store;

import org.junit.jupiter.api.Test;
import org.laborbridge.platform.testing.StoreRules;

/**
 * What the store may not do, checked on the compiled classes: no Scan (the daily check finds its candidates through
 * the sparse deadline indexes), and no transactions (dynalite has none, and decision 0001 keeps invariants on one item).
 */
class StoreRulesTest {

  private final StoreRules store = StoreRules.of("org.laborbridge.transfers.store");

  @Test
  void the_store_never_scans_a_table() {
    store.neverScans("deadlines are found by due day in a sparse index; a scan reads the whole table");
  }

  @Test
  void the_store_uses_no_dynamodb_transactions() {
    store.usesNoTransactions("state, trail and indexes change together on one item (decision 0001)");
  }
}
