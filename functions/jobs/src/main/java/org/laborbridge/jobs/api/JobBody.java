package org.laborbridge.jobs.api;

import org.laborbridge.platform.http.Dates;
import org.laborbridge.platform.http.FieldCheck;

import io.micronaut.core.annotation.Introspected;
import org.laborbridge.jobs.domain.Employer;
import org.laborbridge.jobs.domain.EmploymentType;
import org.laborbridge.jobs.domain.JobDetails;
import org.laborbridge.jobs.domain.PayUnit;
import org.laborbridge.jobs.domain.SalaryRange;
import org.laborbridge.jobs.domain.WorkLocation;
import org.laborbridge.jobs.domain.WorkingLanguage;
import org.laborbridge.shared.identity.OccupationCode;
import org.laborbridge.shared.identity.UnifiedSocialCreditCode;
import org.laborbridge.shared.region.CountyCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A job posting as callers send it (schema.org JobPosting's shape); the same body arrives in partners' job webhooks. */
@Introspected
public record JobBody(
    String title,
    String description,
    String occupationCode,
    List<String> skills,
    EmployerBody employer,
    LocationBody location,
    SalaryBody salary,
    String employmentType,
    Integer openings,
    String validThrough,
    String startDate,
    List<LanguageBody> workingLanguages,
    String laborBrand,
    Boolean accommodationOffered,
    Boolean transportOffered) {

  public record EmployerBody(String name, String creditCode) {}

  public record LocationBody(String regionCode, String city, String address) {}

  public record SalaryBody(BigDecimal min, BigDecimal max, String unit, String currency) {}

  public record LanguageBody(String language, String level) {}

  /** Checks every field and returns the domain's view, or throws one InvalidValue listing all mistakes. */
  JobDetails toDomain() {
    FieldCheck check = new FieldCheck();
    OccupationCode occupation = check.required("occupationCode", occupationCode, OccupationCode::parse);
    Employer employer = employer(check);
    WorkLocation location = location(check);
    SalaryRange salary = salary(check);
    EmploymentType type = check.oneOf("employmentType", employmentType, EmploymentType.class);
    LocalDate valid = check.required("validThrough", validThrough, text -> Dates.parse("validThrough", text));
    LocalDate start = check.optional("startDate", startDate, text -> Dates.parse("startDate", text));
    List<WorkingLanguage> languages = languages(check);
    if (openings == null) {
      check.fail("openings", "is required");
    }
    check.throwIfAny();
    JobDetails details = check.value("", () -> new JobDetails(title, description, occupation, skills, employer, location,
        salary, type, openings, valid, start, languages, laborBrand, Boolean.TRUE.equals(accommodationOffered),
        Boolean.TRUE.equals(transportOffered)));
    check.throwIfAny();
    return details;
  }

  private Employer employer(FieldCheck check) {
    if (employer == null) {
      check.fail("employer", "is required");
      return null;
    }
    UnifiedSocialCreditCode code = check.required("employer.creditCode", employer.creditCode(), UnifiedSocialCreditCode::parse);
    return code == null ? null : check.value("employer.name", () -> new Employer(employer.name(), code));
  }

  private WorkLocation location(FieldCheck check) {
    if (location == null) {
      check.fail("location", "is required");
      return null;
    }
    CountyCode county = check.required("location.regionCode", location.regionCode(), CountyCode::parse);
    return county == null ? null : check.value("location", () -> new WorkLocation(county, location.city(), location.address()));
  }

  private SalaryRange salary(FieldCheck check) {
    if (salary == null) {
      check.fail("salary", "is required");
      return null;
    }
    PayUnit unit = check.oneOf("salary.unit", salary.unit(), PayUnit.class);
    if (salary.min() == null) {
      check.fail("salary.min", "is required");
      return null;
    }
    return unit == null ? null : check.value("salary", () -> new SalaryRange(salary.min(), salary.max(), unit, salary.currency()));
  }

  private List<WorkingLanguage> languages(FieldCheck check) {
    List<WorkingLanguage> languages = new ArrayList<>();
    if (workingLanguages == null) {
      return languages;
    }
    for (int i = 0; i < workingLanguages.size(); i++) {
      LanguageBody body = workingLanguages.get(i);
      String field = "workingLanguages[" + i + "]";
      if (body == null) {
        check.fail(field, "is required");
        continue;
      }
      WorkingLanguage.LanguageLevel level = check.oneOf(field + ".level", body.level(), WorkingLanguage.LanguageLevel.class);
      WorkingLanguage language = level == null ? null
          : check.value(field + ".language", () -> new WorkingLanguage(body.language(), level));
      if (language != null) {
        languages.add(language);
      }
    }
    return languages;
  }
}
