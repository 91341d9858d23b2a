package org.laborbridge.reports.domain;

import java.util.List;

/** One line of a report table: a region (or the total of all nine) and its cells, one per column. */
public record Row(String label, String code, List<Cell> cells) {
  public Row {
    cells = List.copyOf(cells);
  }
}
