package org.laborbridge.push.api;

import io.micronaut.core.annotation.Introspected;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A channel endpoint as staff register it: its id, the two-digit programme region it serves, the channel (SMS,
 * APP or WECHAT: a gateway to the region's workers; SYSTEM: the region's back-office system, which gets notices
 * but never job pushes) and the https URL webhooks are posted to. The secret is the platform's to make.
 */
@Introspected
public record EndpointBody(String id, String regionCode,
    @Schema(allowableValues = {"SMS", "APP", "WECHAT", "SYSTEM"}, requiredMode = Schema.RequiredMode.REQUIRED)
    String channel,
    String url) {}
