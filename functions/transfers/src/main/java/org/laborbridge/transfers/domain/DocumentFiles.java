package org.laborbridge.transfers.domain;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Object storage for documents, reached by people only through short-lived presigned links. */
public interface DocumentFiles {

  /** A link to PUT one file: the storage refuses any other content type or size than the ones signed. */
  record UploadLink(URI url, Map<String, String> headers, Instant expiresAt) {}

  record DownloadLink(URI url, Instant expiresAt) {}

  UploadLink uploadLink(String key, String contentType, long size, Duration validFor);

  DownloadLink downloadLink(String key, Duration validFor);

  /** The size of the stored file, or empty while nothing was uploaded. */
  Optional<Long> storedSize(String key);
}
