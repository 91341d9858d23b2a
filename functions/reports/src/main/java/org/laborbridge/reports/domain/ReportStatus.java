package org.laborbridge.reports.domain;

/** Where a report stands: asked for and waiting in the queue, or generated (its files can be downloaded). */
public enum ReportStatus {
  /** Asked for; the files of an earlier generation, if any, stay downloadable until the new ones replace them. */
  REQUESTED,
  READY
}
