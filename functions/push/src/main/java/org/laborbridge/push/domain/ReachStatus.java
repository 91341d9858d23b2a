package org.laborbridge.push.domain;

/** How far a push to a worker has come: held back by pacing, or in the worker's inbox (and sent to gateways). */
public enum ReachStatus { DEFERRED, PUSHED }
