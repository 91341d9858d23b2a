package org.laborbridge.reports.domain;

/**
 * One figure of a report as it may be published. A cell that must not be shown carries no value at all, so no
 * renderer can print one by mistake.
 *
 * @param value the figure, or null when the cell is marked
 */
public record Cell(Double value, Mark mark) {

  /** Why a cell shows a sign instead of a figure; each sign is explained in the report's notes. */
  public enum Mark {
    NONE(""),
    /** A count from 1 to 4: small enough to point at a person. */
    SMALL("<5"),
    /** A count of 5 or more withheld so that a small one cannot be worked out from a total or a rate. */
    PROTECTED("x"),
    /** A rate or an average with nothing to divide by. */
    NOT_APPLICABLE("-");

    private final String sign;

    Mark(String sign) {
      this.sign = sign;
    }

    public String sign() {
      return sign;
    }
  }

  public Cell {
    if ((value == null) != (mark != Mark.NONE)) {
      throw new IllegalArgumentException("a cell shows either a value or a mark");
    }
  }

  public static Cell of(double value) {
    return new Cell(value, Mark.NONE);
  }

  public static Cell marked(Mark mark) {
    return new Cell(null, mark);
  }

  public boolean shown() {
    return mark == Mark.NONE;
  }
}
