package org.laborbridge.reports.domain;

import java.util.List;
import java.util.Optional;

/**
 * One section of a report: a sheet of the xlsx, a block of the CSV, a table of the HTML page.
 *
 * @param key a short name, also the xlsx sheet's name (at most 31 characters)
 * @param rowHeading the heading over the row labels (e.g. "Region", "Home region")
 * @param about what the rows' region means for this section
 */
public record Table(String key, String title, String rowHeading, String about, List<Column> columns, List<Row> rows,
    Optional<Row> total) {

  public Table {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    if (key.length() > 31) {
      throw new IllegalArgumentException("a sheet name has at most 31 characters: " + key);
    }
  }

  /** The rows and then the total, if any. */
  public List<Row> allRows() {
    return total.map(t -> java.util.stream.Stream.concat(rows.stream(), java.util.stream.Stream.of(t)).toList()).orElse(rows);
  }

  public int column(String title) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).title().equals(title)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no column " + title + " in " + key);
  }
}
