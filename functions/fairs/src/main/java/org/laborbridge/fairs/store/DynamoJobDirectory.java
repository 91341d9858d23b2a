package org.laborbridge.fairs.store;

import org.laborbridge.fairs.domain.JobDirectory;
import org.laborbridge.platform.dynamo.JobsJobRecords;

import java.util.Optional;

/** Who posted a job and whether it is open, read from jobs' JobsTable (read-only) through the platform's reader. */
public final class DynamoJobDirectory implements JobDirectory {

  private final JobsJobRecords jobs;

  public DynamoJobDirectory(JobsJobRecords jobs) {
    this.jobs = jobs;
  }

  @Override
  public Optional<JobCard> find(String jobId) {
    return jobs.find(jobId).map(j -> new JobCard(j.id(), j.employerAccount(), j.active(), j.validThrough()));
  }
}
