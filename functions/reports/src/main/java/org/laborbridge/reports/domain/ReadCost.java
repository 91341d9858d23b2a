package org.laborbridge.reports.domain;

/**
 * What reading a period's counters cost: items read and DynamoDB capacity units. It depends on the number of regions
 * and flows with activity (at most 9 + 81), never on the number of records behind the counts.
 */
public record ReadCost(int items, double capacityUnits) {}
