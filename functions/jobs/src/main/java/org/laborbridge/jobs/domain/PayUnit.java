package org.laborbridge.jobs.domain;

/** The period a salary figure is for. */
public enum PayUnit { HOUR, DAY, MONTH }
