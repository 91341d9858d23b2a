package org.laborbridge.matching.domain;

import org.laborbridge.shared.problem.FieldError;
import org.laborbridge.shared.problem.InvalidValue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A confirmed place at a job fair ({@code fair.registration.confirmed}): a seat taken by a worker, or a booth taken
 * by an employer with the open jobs it brings.
 *
 * @param workerId the seated worker (a seat only)
 * @param jobIds the jobs on show at the booth, without repeats (a booth only, 1 to {@value #MAX_JOBS})
 */
public record FairRegistration(JobFair fair, String registrationId, Place place, String workerId,
    List<String> jobIds) {

  /** The most jobs the fairs function lets a booth bring. */
  public static final int MAX_JOBS = 20;

  public enum Place { SEAT, BOOTH }

  public FairRegistration {
    Objects.requireNonNull(fair, "fair");
    List<FieldError> errors = new ArrayList<>();
    if (registrationId == null || registrationId.isBlank()) {
      errors.add(new FieldError("registrationId", "is required"));
    }
    if (place == null) {
      errors.add(new FieldError("place", "must be SEAT or BOOTH"));
    }
    jobIds = jobIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(jobIds));
    if (place == Place.SEAT && (workerId == null || workerId.isBlank())) {
      errors.add(new FieldError("workerId", "is required for a seat"));
    }
    if (place == Place.BOOTH) {
      if (jobIds.isEmpty() || jobIds.size() > MAX_JOBS) {
        errors.add(new FieldError("jobIds", "a booth brings 1 to " + MAX_JOBS + " jobs"));
      } else if (jobIds.stream().anyMatch(id -> id == null || id.isBlank())) {
        errors.add(new FieldError("jobIds", "must not hold a blank id"));
      }
      // A booth is taken by an employer: whatever worker id came along is not this registration's.
      workerId = null;
    }
    if (place == Place.SEAT) {
      jobIds = List.of();
    }
    if (!errors.isEmpty()) {
      throw new InvalidValue(errors);
    }
  }

  public static FairRegistration seat(JobFair fair, String registrationId, String workerId) {
    return new FairRegistration(fair, registrationId, Place.SEAT, workerId, List.of());
  }

  public static FairRegistration booth(JobFair fair, String registrationId, List<String> jobIds) {
    return new FairRegistration(fair, registrationId, Place.BOOTH, null, jobIds);
  }
}
