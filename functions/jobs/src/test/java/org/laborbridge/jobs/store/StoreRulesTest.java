package org.laborbridge.jobs.store;

import org.junit.jupiter.api.Test;
import org.laborbridge.platform.testing.StoreRules;

/**
 * What the store may not do, checked on the compiled classes: no Scan on a request path (it reads the
 * whole table), and no transactions (dynalite has none, and decision 0001 keeps invariants on one item).
 */
class StoreRulesTest {

  private final StoreRules store = StoreRules.of("org.laborbridge.jobs.store");

  @Test
  void the_store_never_scans_a_table() {
    store.neverScans("lists are queries on an index; a scan reads the whole table");
  }

  @Test
  void the_store_uses_no_dynamodb_transactions() {
    store.usesNoTransactions("invariants live on one item and one conditional write (decision 0001)");
  }
}
