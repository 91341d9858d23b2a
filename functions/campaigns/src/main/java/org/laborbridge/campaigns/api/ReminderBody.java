package org.laborbridge.campaigns.api;

import io.micronaut.core.annotation.Introspected;

/**
 * A reminder day ({@code on}, ISO date): within the campaign, or before the fair it names ({@code fairId}, e.g. a
 * week before a special fair). {@code message} replaces the campaign's message on that day.
 */
@Introspected
public record ReminderBody(String on, String fairId, String message) {}
