package org.laborbridge.reports.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Counts from 1 to 4 are never published; where a total would give one away, another count is withheld with it. */
class SuppressionTest {

  @Test
  void small_counts_are_marked_and_zero_is_shown() {
    assertEquals(List.of("0", "<5", "<5", "5", "1204"), texts(Suppression.column(List.of(0L, 1L, 4L, 5L, 1204L))));
  }

  @Test
  void a_lone_small_count_beside_a_total_takes_the_smallest_other_count_with_it() {
    // 3 + 9 + 30 = 42: with 42 shown, 3 alone could be worked out; withholding 9 as well leaves 12 between two cells.
    assertEquals(List.of("<5", "x", "30", "0", "42"), texts(Suppression.columnWithTotal(List.of(3L, 9L, 30L, 0L))));
  }

  @Test
  void two_small_counts_protect_each_other_and_a_small_total_is_itself_suppressed() {
    assertEquals(List.of("<5", "<5", "30", "34"), texts(Suppression.columnWithTotal(List.of(2L, 2L, 30L))));
    assertEquals(List.of("<5", "0", "0", "<5"), texts(Suppression.columnWithTotal(List.of(3L, 0L, 0L))));
    assertEquals(List.of("0", "0", "0"), texts(Suppression.columnWithTotal(List.of(0L, 0L))));
  }

  private static List<String> texts(List<Cell> cells) {
    return cells.stream().map(c -> Figures.text(c, Column.Format.COUNT, false)).toList();
  }
}
