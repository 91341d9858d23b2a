package org.laborbridge.reports.domain;

/** A period's counters as read, and what reading them cost. */
public record CountsRead(PeriodCounts counts, ReadCost cost) {}
