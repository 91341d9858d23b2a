package org.laborbridge.push.api;

import io.micronaut.core.annotation.Introspected;

/**
 * A channel endpoint as staff register it: its id, the two-digit programme region whose workers it serves, the
 * channel (SMS, APP or WECHAT) and the https URL pushes are posted to. The secret is the platform's to make.
 */
@Introspected
public record EndpointBody(String id, String regionCode, String channel, String url) {}
