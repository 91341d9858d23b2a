package org.laborbridge.reports.domain;

import org.laborbridge.shared.region.Region;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The records the counters count, as the repair command reads them from the tables of the functions that own them:
 * only the few facts a count needs, never a name or a number of a person. Each method hands over at least the
 * records whose events may fall in the period (it may hand over more; the repair checks the times).
 */
public interface ProgrammeRecords {

  /** A job posting: where it is, when it was posted and closed, how many openings it had. */
  record Job(Region region, Instant createdAt, Optional<Instant> closedAt, long openings) {}

  /** A registered worker: home region, registration time, priority groups. */
  record Worker(Region homeRegion, Instant createdAt, List<String> priorityGroups) {}

  /** A fair registration: the fair's region, the registrant's home region, seat (job seeker) or booth (employer). */
  record Registration(Region fairRegion, Region homeRegion, boolean seat, Instant registeredAt,
      Optional<Instant> checkedInAt) {}

  /** A transfer request: its transfer-in region, when it reached each state, when deadlines were missed. */
  record Transfer(Region transferIn, Map<String, Instant> reachedAt, List<Instant> flaggedAt) {}

  /** How many records of each kind were read. */
  record Read(long jobs, long workers, long registrations, long transfers) {}

  void jobs(Period period, Consumer<Job> each);

  void workers(Period period, Consumer<Worker> each);

  void registrations(Period period, Consumer<Registration> each);

  void transfers(Period period, Consumer<Transfer> each);
}
