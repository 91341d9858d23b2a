package org.laborbridge.fairs.domain;

/** A fair is scheduled until staff cancel it; a cancelled fair takes no registrations and no check-ins. */
public enum FairStatus { SCHEDULED, CANCELLED }
