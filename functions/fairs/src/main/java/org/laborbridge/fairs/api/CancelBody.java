package org.laborbridge.fairs.api;

import io.micronaut.core.annotation.Introspected;

/** Why a fair is cancelled: told to every registrant, so it must say something useful (and nothing personal). */
@Introspected
public record CancelBody(String reason) {}
