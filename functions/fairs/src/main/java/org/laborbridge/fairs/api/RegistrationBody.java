package org.laborbridge.fairs.api;

import io.micronaut.core.annotation.Introspected;

import java.util.List;

/**
 * A registration: {@code workerId} takes a seat (the worker's own account, or staff for them); {@code jobIds}
 * takes a booth (an employer account, with one to twenty of its open jobs).
 */
@Introspected
public record RegistrationBody(String workerId, List<String> jobIds) {}
