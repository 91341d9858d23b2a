package org.laborbridge.jobs.domain;

/** EURES-style status: partners sync on it. */
public enum JobStatus { ACTIVE, CLOSED }
