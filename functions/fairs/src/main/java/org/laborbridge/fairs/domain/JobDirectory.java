package org.laborbridge.fairs.domain;

import java.time.LocalDate;
import java.util.Optional;

/** What the fairs function may know of a job an employer brings to a fair. */
public interface JobDirectory {

  /**
   * @param postedByEmployer the employer account that posted it, when an employer did
   * @param open the job is ACTIVE
   */
  record JobCard(String jobId, Optional<String> postedByEmployer, boolean open, Optional<LocalDate> validThrough) {

    public boolean openFor(String employerSubject, LocalDate today) {
      return open && postedByEmployer.map(employerSubject::equals).orElse(false)
          && validThrough.map(last -> !last.isBefore(today)).orElse(true);
    }
  }

  Optional<JobCard> find(String jobId);
}
