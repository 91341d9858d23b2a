package org.laborbridge.push.domain;

/**
 * How far a push to a worker has come: held back by pacing, in the worker's inbox (and sent to gateways), or never
 * made because it waited too long (its job stopped taking applications, or its campaign day is long past).
 */
public enum ReachStatus { DEFERRED, PUSHED, EXPIRED }
