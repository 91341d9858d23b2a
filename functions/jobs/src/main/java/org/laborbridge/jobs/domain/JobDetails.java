package org.laborbridge.jobs.domain;

import org.laborbridge.shared.identity.OccupationCode;
import org.laborbridge.shared.problem.InvalidValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an employer or partner says about a job, in schema.org JobPosting's terms plus what matters to
 * migrant workers (accommodation, transport, labor brand) and to cross-region matching (languages).
 */
public record JobDetails(
    String title,
    String description,
    OccupationCode occupation,
    List<String> skills,
    Employer employer,
    WorkLocation location,
    SalaryRange salary,
    EmploymentType employmentType,
    int openings,
    LocalDate validThrough,
    LocalDate startDate,
    List<WorkingLanguage> workingLanguages,
    String laborBrand,
    boolean accommodationOffered,
    boolean transportOffered) {

  public static final int MAX_OPENINGS = 100_000;
  public static final int MAX_SKILLS = 30;

  public JobDetails {
    Objects.requireNonNull(occupation, "occupation");
    Objects.requireNonNull(employer, "employer");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(salary, "salary");
    Objects.requireNonNull(employmentType, "employmentType");
    Objects.requireNonNull(validThrough, "validThrough");
    title = Text.required("title", title, 200);
    description = Text.optional("description", description, 10_000);
    laborBrand = Text.optional("laborBrand", laborBrand, 100);
    skills = Text.list("skills", skills, MAX_SKILLS, 60);
    workingLanguages = workingLanguages == null ? List.of() : List.copyOf(workingLanguages);
    if (openings <= 0 || openings > MAX_OPENINGS) {
      throw new InvalidValue("openings", "must be between 1 and " + MAX_OPENINGS);
    }
  }
}
