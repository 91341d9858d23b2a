package org.laborbridge.push.domain;

import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.region.Region;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a worker sees of a pushed job in the inbox and on a gateway: enough to decide whether to look closer.
 * No contact details: the job itself is one request away.
 */
public record JobSummary(
    String title,
    String employerName,
    Region region,
    String countyCode,
    String city,
    Salary salary,
    boolean accommodationOffered,
    boolean transportOffered,
    String laborBrand,
    LocalDate validThrough,
    JobPoster postedBy) {

  public JobSummary {
    if (title == null || title.isBlank()) {
      throw new InvalidValue("job.title", "is required");
    }
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(postedBy, "postedBy");
  }
}
