package org.laborbridge.matching.store;

import org.junit.jupiter.api.Test;
import org.laborbridge.platform.testing.StoreRules;

/**
 * What the store may not do, checked on the compiled classes: no Scan (candidates are found by their pools'
 * keys, whatever the number of workers), and no transactions (decision 0001).
 */
class StoreRulesTest {

  private final StoreRules store = StoreRules.of("org.laborbridge.matching.store");

  @Test
  void the_store_never_scans_a_table() {
    store.neverScans("a job reads its candidate pools by key; a scan reads every worker");
  }

  @Test
  void the_store_uses_no_dynamodb_transactions() {
    store.usesNoTransactions("invariants live on one item and one conditional write (decision 0001)");
  }
}
