package org.laborbridge.push.domain;

import org.laborbridge.shared.region.Region;

import java.time.Instant;
import java.util.Optional;

/** One worker a job was pushed to (or is waiting to be), as the job's poster may see it: no personal data. */
public record ReachEntry(String jobId, String workerId, Region homeRegion, ReachStatus status, Optional<Instant> pushedAt,
    Optional<Instant> deferredUntil, boolean read) {}
