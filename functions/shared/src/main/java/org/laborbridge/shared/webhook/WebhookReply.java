package org.laborbridge.shared.webhook;

/** What the platform answered to a partner's webhook delivery: kept so that a redelivery gets the same answer. */
public record WebhookReply(int status, String body) {}
