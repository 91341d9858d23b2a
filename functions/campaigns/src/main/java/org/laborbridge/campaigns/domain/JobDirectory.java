package org.laborbridge.campaigns.domain;

import org.laborbridge.shared.region.Region;

import java.util.List;

/** The jobs function's open jobs, read only. */
public interface JobDirectory {

  /** Up to {@code max} of a region's active jobs, newest first (some may have passed their last day). */
  List<JobCard> newestOpen(Region region, int max);
}
