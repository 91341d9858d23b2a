package org.laborbridge.reports.domain;

import java.time.Duration;

/** Where report files are kept (the private files bucket) and how people reach them (presigned links). */
public interface ReportFiles {

  /** Stores (or replaces) one file. */
  void put(String key, ReportFormat format, String fileName, byte[] content);

  DownloadLink link(String key, Duration validFor);
}
