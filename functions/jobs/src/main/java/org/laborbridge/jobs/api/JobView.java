package org.laborbridge.jobs.api;

import org.laborbridge.jobs.domain.JobDetails;
import org.laborbridge.jobs.domain.JobPosting;
import org.laborbridge.jobs.domain.WorkingLanguage;

import java.math.BigDecimal;
import java.util.List;

/** A job as the API returns it: the body's shape plus id, status, who posted it and its timestamps. */
public record JobView(
    String id,
    String status,
    String title,
    String description,
    String occupationCode,
    List<String> skills,
    JobBody.EmployerBody employer,
    LocationView location,
    SalaryView salary,
    String employmentType,
    int openings,
    String validThrough,
    String startDate,
    List<JobBody.LanguageBody> workingLanguages,
    String laborBrand,
    boolean accommodationOffered,
    boolean transportOffered,
    PostedByView postedBy,
    String createdAt,
    String modifiedAt,
    String closedAt,
    long version) {

  public record LocationView(String regionCode, String province, String city, String address) {}

  public record SalaryView(BigDecimal min, BigDecimal max, String unit, String currency, BigDecimal monthlyMinimum) {}

  public record PostedByView(String kind, String id) {}

  static JobView of(JobPosting job) {
    JobDetails d = job.details();
    return new JobView(job.id(), job.status().name(), d.title(), d.description(), d.occupation().value(), d.skills(),
        new JobBody.EmployerBody(d.employer().name(), d.employer().creditCode().value()),
        new LocationView(d.location().regionCode().value(), d.location().region().code(), d.location().city(),
            d.location().address()),
        new SalaryView(d.salary().min(), d.salary().max(), d.salary().unit().name(), d.salary().currency(),
            d.salary().monthlyMinimum()),
        d.employmentType().name(), d.openings(), d.validThrough().toString(),
        d.startDate() == null ? null : d.startDate().toString(),
        d.workingLanguages().stream().map(WorkingLanguageViews::of).toList(),
        d.laborBrand(), d.accommodationOffered(), d.transportOffered(),
        new PostedByView(job.postedBy().kind().name(), job.postedBy().id()),
        job.createdAt().toString(), job.modifiedAt().toString(),
        job.closedAtIfClosed().map(Object::toString).orElse(null), job.version());
  }

  private static final class WorkingLanguageViews {
    static JobBody.LanguageBody of(WorkingLanguage language) {
      return new JobBody.LanguageBody(language.language(), language.level().name());
    }
  }
}
