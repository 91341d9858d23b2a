package org.laborbridge.campaigns.domain;

import org.laborbridge.shared.region.Region;

import java.util.Optional;

/** The workers of a home region who consented to pushes, read one page at a time (never all at once). */
public interface Audience {

  /** @param cursor where the previous page ended, empty for the first page */
  AudiencePage page(Region homeRegion, Optional<String> cursor, int size);
}
