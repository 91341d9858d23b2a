package org.laborbridge.reports.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-count suppression, the report's privacy rule: a count from 1 to 4 is never published ({@code <5}); 0 is.
 * Where a column also shows its total and exactly one count in it is suppressed, the total would give that count
 * away, so the smallest other non-zero count is withheld too ({@code x}): two unknowns that only their sum ties.
 */
public final class Suppression {

  /** Counts below this (and above 0) are suppressed. */
  public static final long THRESHOLD = 5;

  private Suppression() {}

  public static boolean small(long count) {
    return count > 0 && count < THRESHOLD;
  }

  /** One count on its own, with no total beside it. */
  public static Cell count(long count) {
    return small(count) ? Cell.marked(Cell.Mark.SMALL) : Cell.of(count);
  }

  /** A column of counts with no total (such as the flow matrix). */
  public static List<Cell> column(List<Long> counts) {
    return counts.stream().map(Suppression::count).toList();
  }

  /**
   * A column of counts followed by their total (the last cell of the answer).
   */
  public static List<Cell> columnWithTotal(List<Long> counts) {
    long total = counts.stream().mapToLong(Long::longValue).sum();
    List<Cell> cells = new ArrayList<>(column(counts));
    cells.add(count(total));
    long suppressed = counts.stream().filter(Suppression::small).count();
    if (suppressed == 1 && !small(total)) {
      int smallestOther = -1;
      for (int i = 0; i < counts.size(); i++) {
        long c = counts.get(i);
        if (c > 0 && !small(c) && (smallestOther < 0 || c < counts.get(smallestOther))) {
          smallestOther = i;
        }
      }
      // With a total of 5 or more and one count under 5, another non-zero count exists.
      cells.set(smallestOther, Cell.marked(Cell.Mark.PROTECTED));
    }
    return cells;
  }
}
