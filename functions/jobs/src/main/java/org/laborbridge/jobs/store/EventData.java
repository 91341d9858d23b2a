package org.laborbridge.jobs.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.laborbridge.jobs.domain.JobDetails;
import org.laborbridge.jobs.domain.JobPosting;
import org.laborbridge.jobs.domain.SalaryRange;
import org.laborbridge.jobs.domain.RegisteredBy;
import org.laborbridge.jobs.domain.Worker;
import org.laborbridge.jobs.domain.WorkerPreferences;
import org.laborbridge.shared.identity.OccupationCode;
import org.laborbridge.shared.region.Region;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * The {@code data} of the jobs capability's events: what matching and pushes need, and nothing personal.
 * A worker's name, identity number and phone stay in the workers table; messages are logged, retried and
 * dead-lettered in places that must not hold them.
 */
final class EventData {

  // Exact: an amount goes out as the domain holds it; the default factory may rewrite decimals.
  private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);

  private EventData() {}

  static ObjectNode job(JobPosting job) {
    JobDetails d = job.details();
    SalaryRange salary = d.salary();
    ObjectNode data = JSON.objectNode();
    data.put("id", job.id());
    data.put("version", job.version());
    data.put("status", job.status().name());
    data.put("title", d.title());
    data.put("employerName", d.employer().name());
    data.put("region", d.location().region().code());
    data.put("countyCode", d.location().regionCode().value());
    putOptional(data, "city", d.location().city());
    data.put("occupationCode", d.occupation().value());
    strings(data.putArray("skills"), d.skills());
    ObjectNode pay = data.putObject("salary");
    pay.put("min", plain(salary.min()));
    pay.put("max", plain(salary.max()));
    pay.put("unit", salary.unit().name());
    pay.put("currency", salary.currency());
    pay.put("monthlyMinimum", plain(salary.monthlyMinimum()));
    data.put("employmentType", d.employmentType().name());
    data.put("openings", d.openings());
    data.put("validThrough", d.validThrough().toString());
    putOptional(data, "startDate", d.startDate());
    data.put("accommodationOffered", d.accommodationOffered());
    data.put("transportOffered", d.transportOffered());
    putOptional(data, "laborBrand", d.laborBrand());
    ArrayNode languages = data.putArray("workingLanguages");
    d.workingLanguages().forEach(l -> languages.addObject().put("language", l.language()).put("level", l.level().name()));
    data.putObject("postedBy").put("kind", job.postedBy().kind().name()).put("id", job.postedBy().id());
    data.put("createdAt", job.createdAt().toString());
    data.put("modifiedAt", job.modifiedAt().toString());
    putOptional(data, "closedAt", job.closedAt());
    return data;
  }

  static ObjectNode worker(Worker worker) {
    WorkerPreferences p = worker.preferences();
    ObjectNode data = JSON.objectNode();
    data.put("id", worker.id());
    data.put("version", worker.version());
    data.put("homeCounty", worker.homeCounty().value());
    data.put("homeRegion", worker.homeRegion().code());
    // The account that may read the worker's inbox; an account id, not personal data. Absent when staff or a partner registered them.
    if (worker.registeredBy().kind() == RegisteredBy.Kind.SELF) {
      data.put("ownerSubject", worker.registeredBy().id());
    }
    strings(data.putArray("desiredRegions"), p.desiredRegions().stream().map(Region::code).sorted().toList());
    data.put("anyRegion", p.anyRegion());
    strings(data.putArray("occupationCodes"), p.occupations().stream().map(OccupationCode::value).toList());
    strings(data.putArray("skills"), p.skills());
    if (p.expectedMonthlyWage() != null) {
      data.put("expectedMonthlyWage", plain(p.expectedMonthlyWage()));
    }
    putOptional(data, "availableFrom", p.availableFrom());
    strings(data.putArray("priorityGroups"), p.priorityGroups().stream().map(Enum::name).sorted().toList());
    ObjectNode consent = data.putObject("consent");
    consent.put("granted", p.consent().granted());
    strings(consent.putArray("channels"), p.consent().channels().stream().map(Enum::name).sorted().toList());
    data.put("createdAt", worker.createdAt().toString());
    data.put("modifiedAt", worker.modifiedAt().toString());
    return data;
  }

  private static void strings(ArrayNode array, Collection<String> values) {
    values.forEach(array::add);
  }

  private static void putOptional(ObjectNode data, String field, Object value) {
    if (value != null) {
      data.put(field, value.toString());
    }
  }

  // Never in exponent form (1E+3), which some consumers' parsers refuse.
  private static BigDecimal plain(BigDecimal amount) {
    return new BigDecimal(amount.toPlainString());
  }
}
