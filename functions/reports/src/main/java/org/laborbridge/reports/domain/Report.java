package org.laborbridge.reports.domain;

import java.time.Instant;
import java.util.List;

/** A report on the cooperation for one period: its tables, with every small count already suppressed. */
public record Report(Period period, Instant generatedAt, List<Table> tables) {

  public static final String TITLE = "LaborBridge cooperation report";

  public Report {
    tables = List.copyOf(tables);
  }

  public Table table(String key) {
    return tables.stream().filter(t -> t.key().equals(key)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no table " + key));
  }

  /** Which marks occur anywhere, so that the notes explain exactly those. */
  public List<Cell.Mark> marksUsed() {
    return java.util.Arrays.stream(Cell.Mark.values()).filter(m -> m != Cell.Mark.NONE)
        .filter(m -> tables.stream().flatMap(t -> t.allRows().stream()).flatMap(r -> r.cells().stream())
            .anyMatch(c -> c.mark() == m))
        .toList();
  }

  /** The note under every report, and what each mark means. */
  public static String explanation(Cell.Mark mark) {
    return switch (mark) {
      case SMALL -> "a count from 1 to 4, suppressed so that no one can be picked out (0 is shown as 0)";
      case PROTECTED -> "withheld so that a suppressed count cannot be worked out from a total, a rate or an average";
      case NOT_APPLICABLE -> "nothing to divide by";
      case NONE -> "";
    };
  }

  public static final String PRIVACY_NOTE = "Counts only: the report names no person and holds no identity or phone "
      + "number. Times are China Standard Time.";
}
