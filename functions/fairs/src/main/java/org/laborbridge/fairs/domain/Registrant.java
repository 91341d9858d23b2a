package org.laborbridge.fairs.domain;

import org.laborbridge.shared.region.Region;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who takes a place: a registered worker (a seat) or an employer account with the open jobs it brings (a booth).
 *
 * @param ownerSubject the account that may see and cancel the registration besides staff: the worker's own
 *                     account (when the worker has one) or the employer's
 * @param homeRegion where notices about the registration go: the worker's home region, or the fair's region for
 *                   an employer exhibiting there
 */
public record Registrant(Place place, Optional<String> workerId, Optional<String> employerSubject,
    Optional<String> ownerSubject, Region homeRegion, List<String> jobIds) {

  public Registrant {
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(homeRegion, "homeRegion");
    workerId = workerId == null ? Optional.empty() : workerId;
    employerSubject = employerSubject == null ? Optional.empty() : employerSubject;
    ownerSubject = ownerSubject == null ? Optional.empty() : ownerSubject;
    jobIds = jobIds == null ? List.of() : List.copyOf(jobIds);
    if (place == Place.SEAT && workerId.isEmpty()) {
      throw new IllegalArgumentException("a seat is taken by a worker");
    }
    if (place == Place.BOOTH && employerSubject.isEmpty()) {
      throw new IllegalArgumentException("a booth is taken by an employer");
    }
  }

  public static Registrant worker(String workerId, Optional<String> ownerSubject, Region homeRegion) {
    return new Registrant(Place.SEAT, Optional.of(workerId), Optional.empty(), ownerSubject, homeRegion, List.of());
  }

  public static Registrant employer(String subject, Region fairRegion, List<String> jobIds) {
    return new Registrant(Place.BOOTH, Optional.empty(), Optional.of(subject), Optional.of(subject), fairRegion, jobIds);
  }

  /** One person registers once per fair: this names them, whatever account registers them. */
  public String personKey() {
    return workerId.map(Registrant::workerKey).orElseGet(() -> employerKey(employerSubject.orElseThrow()));
  }

  static String workerKey(String workerId) {
    return "WORKER#" + workerId;
  }

  static String employerKey(String employerSubject) {
    return "EMPLOYER#" + employerSubject;
  }
}
