package org.laborbridge.reports.domain;

import java.net.URI;
import java.time.Instant;

/** A short-lived presigned link to one file: people download straight from storage, never through the function. */
public record DownloadLink(URI url, Instant expiresAt) {}
