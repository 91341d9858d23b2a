package org.laborbridge.jobs.store;

import org.laborbridge.jobs.domain.Employer;
import org.laborbridge.jobs.domain.EmploymentType;
import org.laborbridge.jobs.domain.JobDetails;
import org.laborbridge.jobs.domain.JobPosting;
import org.laborbridge.jobs.domain.JobStatus;
import org.laborbridge.jobs.domain.PayUnit;
import org.laborbridge.jobs.domain.PostedBy;
import org.laborbridge.jobs.domain.SalaryRange;
import org.laborbridge.jobs.domain.WorkLocation;
import org.laborbridge.jobs.domain.WorkingLanguage;
import org.laborbridge.platform.dynamo.Attributes;
import org.laborbridge.shared.identity.OccupationCode;
import org.laborbridge.shared.identity.UnifiedSocialCreditCode;
import org.laborbridge.shared.region.CountyCode;
import org.laborbridge.shared.region.Region;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.laborbridge.platform.dynamo.Attributes.bool;
import static org.laborbridge.platform.dynamo.Attributes.n;
import static org.laborbridge.platform.dynamo.Attributes.putOptional;
import static org.laborbridge.platform.dynamo.Attributes.s;
import static org.laborbridge.platform.dynamo.Attributes.string;

/**
 * The jobs table (template.yaml JobsTable): job postings and the Idempotency-Key records of their posts.
 * The one place that knows its attribute names, key prefixes, index names and how a job is laid out.
 *
 * <pre>
 * job          pk JOB#id                sk JOB
 *              gsi1pk REGION#51#ACTIVE  gsi1sk createdAt#id    byRegionStatus: a region's list, newest first
 *              gsi2pk CHANGES#2026-11   gsi2sk modifiedAt#id   changesFeed: partners' sync, a partition per UTC month
 * idempotency  pk IDEMPOTENCY#scope:key sk IDEMPOTENCY         fingerprint, expiresAt (TTL)
 * </pre>
 */
public final class JobsTable {

  public static final String PK = "pk";
  public static final String SK = "sk";
  public static final String GSI1PK = "gsi1pk";
  public static final String GSI1SK = "gsi1sk";
  public static final String GSI2PK = "gsi2pk";
  public static final String GSI2SK = "gsi2sk";
  public static final String BY_REGION_STATUS = "byRegionStatus";
  public static final String CHANGES_FEED = "changesFeed";
  /** The TTL attribute: epoch seconds. */
  public static final String EXPIRES_AT = "expiresAt";

  public static final String JOB_PREFIX = "JOB#";
  public static final String JOB_SK = "JOB";
  public static final String REGION_PREFIX = "REGION#";
  public static final String CHANGES_PREFIX = "CHANGES#";
  public static final String IDEMPOTENCY_PREFIX = "IDEMPOTENCY#";
  public static final String IDEMPOTENCY_SK = "IDEMPOTENCY";

  static final List<String> BY_REGION_STATUS_KEY = List.of(PK, SK, GSI1PK, GSI1SK);
  static final List<String> CHANGES_FEED_KEY = List.of(PK, SK, GSI2PK, GSI2SK);

  // Job attributes.
  static final String ID = "id";
  static final String STATUS = "status";
  static final String VERSION = "version";
  static final String POSTED_BY_KIND = "postedByKind";
  static final String POSTED_BY_ID = "postedById";
  static final String CREATED_AT = "createdAt";
  static final String MODIFIED_AT = "modifiedAt";
  static final String CLOSED_AT = "closedAt";
  static final String TITLE = "title";
  static final String DESCRIPTION = "description";
  static final String OCCUPATION = "occupationCode";
  static final String SKILLS = "skills";
  static final String EMPLOYER_NAME = "employerName";
  static final String EMPLOYER_CREDIT_CODE = "employerCreditCode";
  static final String COUNTY_CODE = "countyCode";
  static final String CITY = "city";
  static final String ADDRESS = "address";
  static final String SALARY_MIN = "salaryMin";
  static final String SALARY_MAX = "salaryMax";
  static final String SALARY_UNIT = "salaryUnit";
  static final String SALARY_CURRENCY = "salaryCurrency";
  static final String EMPLOYMENT_TYPE = "employmentType";
  static final String OPENINGS = "openings";
  static final String VALID_THROUGH = "validThrough";
  static final String START_DATE = "startDate";
  static final String WORKING_LANGUAGES = "workingLanguages";
  static final String LANGUAGE = "language";
  static final String LEVEL = "level";
  static final String LABOR_BRAND = "laborBrand";
  static final String ACCOMMODATION = "accommodationOffered";
  static final String TRANSPORT = "transportOffered";
  // Idempotency record attributes.
  static final String FINGERPRINT = "fingerprint";

  /**
   * Sort keys need fixed-width times: Instant.toString() drops zero fractions, and "…:00Z" sorts after
   * "…:00.5Z" although it is earlier. Nine digits keep every instant the clock gives apart.
   */
  private static final DateTimeFormatter SORTABLE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

  private JobsTable() {}

  static Map<String, AttributeValue> jobKey(String id) {
    return Map.of(PK, s(JOB_PREFIX + id), SK, s(JOB_SK));
  }

  static String regionStatusPartition(Region region, JobStatus status) {
    return REGION_PREFIX + region.code() + "#" + status;
  }

  static String changesPartition(YearMonth month) {
    return CHANGES_PREFIX + month;
  }

  /** The changes-feed month of an instant: UTC, so that months follow the stored times, not a time zone. */
  static YearMonth changesMonth(Instant instant) {
    return YearMonth.from(instant.atOffset(ZoneOffset.UTC));
  }

  static String sortable(Instant instant) {
    return SORTABLE.format(instant);
  }

  static Map<String, AttributeValue> toItem(JobPosting job) {
    JobDetails d = job.details();
    Map<String, AttributeValue> item = new HashMap<>(jobKey(job.id()));
    item.put(GSI1PK, s(regionStatusPartition(d.location().region(), job.status())));
    item.put(GSI1SK, s(sortable(job.createdAt()) + "#" + job.id()));
    item.put(GSI2PK, s(changesPartition(changesMonth(job.modifiedAt()))));
    item.put(GSI2SK, s(sortable(job.modifiedAt()) + "#" + job.id()));
    item.put(ID, s(job.id()));
    item.put(STATUS, s(job.status().name()));
    item.put(VERSION, n(job.version()));
    item.put(POSTED_BY_KIND, s(job.postedBy().kind().name()));
    item.put(POSTED_BY_ID, s(job.postedBy().id()));
    item.put(CREATED_AT, s(job.createdAt().toString()));
    item.put(MODIFIED_AT, s(job.modifiedAt().toString()));
    putOptional(item, CLOSED_AT, job.closedAt());
    item.put(TITLE, s(d.title()));
    putOptional(item, DESCRIPTION, d.description());
    item.put(OCCUPATION, s(d.occupation().value()));
    item.put(SKILLS, Attributes.strings(d.skills()));
    item.put(EMPLOYER_NAME, s(d.employer().name()));
    item.put(EMPLOYER_CREDIT_CODE, s(d.employer().creditCode().value()));
    item.put(COUNTY_CODE, s(d.location().regionCode().value()));
    putOptional(item, CITY, d.location().city());
    putOptional(item, ADDRESS, d.location().address());
    item.put(SALARY_MIN, n(d.salary().min()));
    item.put(SALARY_MAX, n(d.salary().max()));
    item.put(SALARY_UNIT, s(d.salary().unit().name()));
    item.put(SALARY_CURRENCY, s(d.salary().currency()));
    item.put(EMPLOYMENT_TYPE, s(d.employmentType().name()));
    item.put(OPENINGS, n(d.openings()));
    // ISO dates compare as strings, so the list's "not expired" filter works on them directly.
    item.put(VALID_THROUGH, s(d.validThrough().toString()));
    putOptional(item, START_DATE, d.startDate());
    item.put(WORKING_LANGUAGES, AttributeValue.fromL(d.workingLanguages().stream()
        .map(l -> AttributeValue.fromM(Map.of(LANGUAGE, s(l.language()), LEVEL, s(l.level().name()))))
        .toList()));
    putOptional(item, LABOR_BRAND, d.laborBrand());
    item.put(ACCOMMODATION, bool(d.accommodationOffered()));
    item.put(TRANSPORT, bool(d.transportOffered()));
    return item;
  }

  static JobPosting toJob(Map<String, AttributeValue> item) {
    JobDetails details = new JobDetails(
        string(item, TITLE),
        Attributes.optionalString(item, DESCRIPTION).orElse(null),
        OccupationCode.parse(string(item, OCCUPATION)),
        Attributes.strings(item, SKILLS),
        new Employer(string(item, EMPLOYER_NAME), UnifiedSocialCreditCode.parse(string(item, EMPLOYER_CREDIT_CODE))),
        new WorkLocation(CountyCode.parse(string(item, COUNTY_CODE)), Attributes.optionalString(item, CITY).orElse(null),
            Attributes.optionalString(item, ADDRESS).orElse(null)),
        new SalaryRange(Attributes.decimal(item, SALARY_MIN).orElseThrow(), Attributes.decimal(item, SALARY_MAX).orElseThrow(),
            PayUnit.valueOf(string(item, SALARY_UNIT)), string(item, SALARY_CURRENCY)),
        EmploymentType.valueOf(string(item, EMPLOYMENT_TYPE)),
        (int) Attributes.number(item, OPENINGS),
        LocalDate.parse(string(item, VALID_THROUGH)),
        Attributes.optionalString(item, START_DATE).map(LocalDate::parse).orElse(null),
        maps(item, WORKING_LANGUAGES).stream()
            .map(l -> new WorkingLanguage(string(l, LANGUAGE), WorkingLanguage.LanguageLevel.valueOf(string(l, LEVEL))))
            .toList(),
        Attributes.optionalString(item, LABOR_BRAND).orElse(null),
        Attributes.bool(item, ACCOMMODATION),
        Attributes.bool(item, TRANSPORT));
    return new JobPosting(
        string(item, ID),
        details,
        JobStatus.valueOf(string(item, STATUS)),
        new PostedBy(PostedBy.Kind.valueOf(string(item, POSTED_BY_KIND)), string(item, POSTED_BY_ID)),
        Instant.parse(string(item, CREATED_AT)),
        Instant.parse(string(item, MODIFIED_AT)),
        Attributes.optionalString(item, CLOSED_AT).map(Instant::parse).orElse(null),
        Attributes.number(item, VERSION));
  }

  static Map<String, AttributeValue> idempotencyKey(String scopedKey) {
    return Map.of(PK, s(IDEMPOTENCY_PREFIX + scopedKey), SK, s(IDEMPOTENCY_SK));
  }

  static Map<String, AttributeValue> idempotencyItem(String scopedKey, String fingerprint, Instant expiresAt) {
    Map<String, AttributeValue> item = new HashMap<>(idempotencyKey(scopedKey));
    item.put(FINGERPRINT, s(fingerprint));
    item.put(EXPIRES_AT, n(expiresAt.getEpochSecond()));
    return item;
  }

  /** The working languages: a list of small maps, the one nested shape in the jobs tables. */
  private static List<Map<String, AttributeValue>> maps(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null || !value.hasL() ? List.of() : value.l().stream().map(AttributeValue::m).toList();
  }
}
