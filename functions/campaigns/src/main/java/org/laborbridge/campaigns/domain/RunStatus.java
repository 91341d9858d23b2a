package org.laborbridge.campaigns.domain;

/** Where a fan-out stands: reading pages, done, or stopped because the calendar no longer sends that day. */
public enum RunStatus { RUNNING, DONE, STOPPED }
