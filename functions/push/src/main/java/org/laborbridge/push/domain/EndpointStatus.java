package org.laborbridge.push.domain;

/** Whether a channel endpoint takes deliveries; GONE is final, set when the gateway answers 410. */
public enum EndpointStatus { ACTIVE, GONE }
