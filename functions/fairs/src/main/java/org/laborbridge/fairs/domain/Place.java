package org.laborbridge.fairs.domain;

/** What a registration takes at a fair: a seat for a job seeker, a booth for an employer. */
public enum Place { SEAT, BOOTH }
