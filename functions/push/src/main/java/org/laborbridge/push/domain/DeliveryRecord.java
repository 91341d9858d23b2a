package org.laborbridge.push.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * The status of one webhook delivery across its attempts: what partners' support staff look at, and what makes
 * a redelivered message harmless.
 *
 * @param attempts the number of the latest attempt claimed
 * @param lastStatus the latest attempt's HTTP status, or TIMEOUT, CONNECTION_FAILED, NO_ENDPOINT, ENDPOINT_GONE
 * @param claimedUntil while SENDING: until when the attempt holds the delivery
 * @param retryQueued the attempt whose message is already queued or parked (0: none)
 * @param nextAttemptAt while RETRYING: when the next attempt falls due
 */
public record DeliveryRecord(String id, String endpointId, String eventType, int attempts, Optional<String> lastStatus,
    Optional<Instant> lastAttemptAt, DeliveryState state, Optional<Instant> claimedUntil, int retryQueued,
    Optional<Instant> nextAttemptAt) {}
