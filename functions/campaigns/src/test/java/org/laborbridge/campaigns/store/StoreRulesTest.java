package org.laborbridge.campaigns.store;

import org.junit.jupiter.api.Test;
import org.laborbridge.platform.testing.StoreRules;

/**
 * What the store may not do, checked on the compiled classes: no Scan (audiences are read page by page from the
 * sparse consent index, calendars from the year index) and no transactions (dynalite has none, and decision 0001
 * keeps invariants on one item).
 */
class StoreRulesTest {

  private final StoreRules store = StoreRules.of("org.laborbridge.campaigns.store");

  @Test
  void the_store_never_scans_a_table() {
    store.neverScans("audiences and calendars are queries on an index; a scan reads the whole table");
  }

  @Test
  void the_store_uses_no_dynamodb_transactions() {
    store.usesNoTransactions("a run moves on by one conditional write on its one item (decision 0001)");
  }
}
