package org.laborbridge.reports.domain;

/** One of a report's files in the files bucket. */
public record StoredFile(ReportFormat format, String key, long bytes) {}
