package org.laborbridge.reports.domain;

/** A column of a report table: its heading and how its figures are written. */
public record Column(String title, Format format) {

  public enum Format {
    /** A whole number, e.g. {@code 1,204}. */
    COUNT,
    /** A share, stored as a fraction and written as a percentage with one decimal. */
    PERCENT,
    /** A number of days with one decimal. */
    DAYS
  }
}
