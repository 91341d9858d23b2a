package org.laborbridge.push.api;

import org.laborbridge.push.domain.InboxEntry;
import org.laborbridge.push.domain.JobSummary;

import java.math.BigDecimal;
import java.util.List;

/** A job in a worker's inbox as the API returns it. */
public record InboxEntryView(String jobId, String pushedAt, boolean read, String readAt, BigDecimal score,
    List<String> reasons, JobSummaryView job) {

  /** What the worker sees of the job: enough to decide whether to open it (GET /v1/jobs/{jobId}). */
  public record JobSummaryView(String title, String employerName, String region, String countyCode, String city,
      SalaryView salary, boolean accommodationOffered, boolean transportOffered, String laborBrand, String validThrough) {

    static JobSummaryView of(JobSummary job) {
      return new JobSummaryView(job.title(), job.employerName(), job.region().code(), job.countyCode(), job.city(),
          job.salary() == null ? null : new SalaryView(job.salary().min(), job.salary().max(), job.salary().unit(),
              job.salary().monthlyMinimum()),
          job.accommodationOffered(), job.transportOffered(), job.laborBrand(),
          job.validThrough() == null ? null : job.validThrough().toString());
    }
  }

  public record SalaryView(BigDecimal min, BigDecimal max, String unit, BigDecimal monthlyMinimum) {}

  static InboxEntryView of(InboxEntry entry) {
    return new InboxEntryView(entry.jobId(), entry.pushedAt().toString(), entry.read(),
        entry.readAt().map(Object::toString).orElse(null), entry.score().orElse(null), entry.reasons(),
        JobSummaryView.of(entry.job()));
  }
}
