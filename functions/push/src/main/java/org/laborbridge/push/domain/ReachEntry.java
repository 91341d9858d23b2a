package org.laborbridge.push.domain;

import org.laborbridge.shared.region.Region;

import java.time.Instant;
import java.util.Optional;

/**
 * How far a push to one worker has come (or is waiting), as the job's poster may see it for a job: no personal data.
 *
 * @param topic the job, or the campaign message, pushed
 */
public record ReachEntry(PushTopic topic, String workerId, Region homeRegion, ReachStatus status, Optional<Instant> pushedAt,
    Optional<Instant> deferredUntil, boolean read) {}
