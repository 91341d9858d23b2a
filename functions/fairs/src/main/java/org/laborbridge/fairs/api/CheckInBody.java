package org.laborbridge.fairs.api;

import io.micronaut.core.annotation.Introspected;

/** The code from the registration (typed, with or without dashes, or read from its QR payload). */
@Introspected
public record CheckInBody(String code) {}
