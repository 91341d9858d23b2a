package org.laborbridge.push.domain;

/**
 * How far a push to a worker has come: held back by pacing, in the worker's inbox (and sent to gateways), or
 * never made because the job stopped taking applications while the push waited.
 */
public enum ReachStatus { DEFERRED, PUSHED, EXPIRED }
