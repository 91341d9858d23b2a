package org.laborbridge.matching.store;

import org.laborbridge.matching.domain.CandidateIndex;
import org.laborbridge.matching.domain.CandidatePool;
import org.laborbridge.matching.domain.CandidateProfile;
import org.laborbridge.matching.domain.JobFair;
import org.laborbridge.matching.domain.JobOffer;
import org.laborbridge.matching.domain.JobPool;
import org.laborbridge.matching.domain.OpenJobIndex;
import org.laborbridge.platform.dynamo.Attributes;
import org.laborbridge.shared.identity.OccupationCode;
import org.laborbridge.shared.region.Region;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.laborbridge.platform.dynamo.Attributes.bool;
import static org.laborbridge.platform.dynamo.Attributes.n;
import static org.laborbridge.platform.dynamo.Attributes.putOptional;
import static org.laborbridge.platform.dynamo.Attributes.s;
import static org.laborbridge.platform.dynamo.Attributes.sortedStrings;
import static org.laborbridge.platform.dynamo.Attributes.string;

/**
 * The candidates table (template.yaml CandidatesTable): the candidate pools and each worker's index state, and
 * the open-jobs pools and each job's listing state. The one place that knows its attribute names, key prefixes and
 * item layout.
 *
 * <pre>
 * entry    pk CAND#33#6-18-02   sk WORKER#id    one per worker and pool (desired province or ANY, occupation
 *                                               minor group), carrying all a job needs to check and score them
 * profile  pk WORKER#id         sk PROFILE      version, the pool keys of that version, the keys that may still
 *                                               hold an item, settled
 * listing  pk JOBS#33#6-18-02   sk JOB#id       one per open job, in the pool of its province and minor group,
 *                                               carrying all a worker needs to check, score and push it
 * listing  pk JOB#id            sk LISTING      version, the pool keys of that version (one, or none once closed),
 *  state                                        the keys that may still hold an item, settled
 * seat     pk FAIR#fairId        sk SEAT#workerId  a worker seated at a fair      } each with fairId, fairRegion,
 * booth    pk FAIR#fairId        sk BOOTH#jobId    a job on show at a fair's booth } startsAt, endsAt and
 * seat     pk WORKER#workerId    sk FAIR#fairId    the same seat, under the worker } registrationId: the fair's
 *  noted                                                                          } roster (docs/matching.md,
 * booth    pk JOB#jobId          sk FAIR#fairId    the same booth, under the job   } Fairs)
 *  noted
 * </pre>
 *
 * A job reads two entry partitions (its province, and ANY) with one Query each; a worker reads one listing
 * partition per province they want (all nine for ANY) and minor group. Neither reads per worker or per job.
 * A fair's seats and booths are one partition, read with one Query per side; a worker's or job's fairs are the
 * FAIR# items of its own partition, beside its profile or listing state (which are read by key, never by Query).
 */
public final class CandidatesTable {

  public static final String PK = "pk";
  public static final String SK = "sk";

  public static final String POOL_PREFIX = "CAND#";
  public static final String ANY_REGION = "ANY";
  public static final String WORKER_PREFIX = "WORKER#";
  public static final String PROFILE_SK = "PROFILE";
  public static final String JOB_POOL_PREFIX = "JOBS#";
  public static final String JOB_PREFIX = "JOB#";
  public static final String LISTING_SK = "LISTING";
  public static final String FAIR_PREFIX = "FAIR#";
  public static final String SEAT_PREFIX = "SEAT#";
  public static final String BOOTH_PREFIX = "BOOTH#";

  static final String WORKER_ID = "workerId";
  static final String VERSION = "version";
  // Entry attributes.
  static final String HOME_REGION = "homeRegion";
  static final String OWNER_SUBJECT = "ownerSubject";
  static final String DESIRED_REGIONS = "desiredRegions";
  static final String ANY_REGION_FLAG = "anyRegion";
  static final String OCCUPATIONS = "occupationCodes";
  static final String SKILLS = "skills";
  static final String EXPECTED_MONTHLY_WAGE = "expectedMonthlyWage";
  static final String AVAILABLE_FROM = "availableFrom";
  static final String PRIORITY_GROUPS = "priorityGroups";
  static final String CONSENTED = "consented";
  static final String CHANNELS = "channels";
  // Listing attributes.
  static final String JOB_ID = "jobId";
  static final String TITLE = "title";
  static final String EMPLOYER_NAME = "employerName";
  static final String REGION = "region";
  static final String COUNTY_CODE = "countyCode";
  static final String CITY = "city";
  static final String OCCUPATION = "occupationCode";
  static final String SALARY_MIN = "salaryMin";
  static final String SALARY_MAX = "salaryMax";
  static final String SALARY_UNIT = "salaryUnit";
  static final String MONTHLY_MINIMUM = "monthlyMinimum";
  static final String VALID_THROUGH = "validThrough";
  static final String START_DATE = "startDate";
  static final String ACCOMMODATION = "accommodationOffered";
  static final String TRANSPORT = "transportOffered";
  static final String LABOR_BRAND = "laborBrand";
  static final String POSTED_BY_KIND = "postedByKind";
  static final String POSTED_BY_ID = "postedById";
  // Fair roster attributes (and WORKER_ID, JOB_ID).
  static final String FAIR_ID = "fairId";
  static final String FAIR_REGION = "fairRegion";
  static final String STARTS_AT = "startsAt";
  static final String ENDS_AT = "endsAt";
  static final String REGISTRATION_ID = "registrationId";
  // Profile and listing state attributes.
  static final String POOL_KEYS = "poolKeys";
  static final String WRITTEN_KEYS = "writtenKeys";
  static final String SETTLED = "settled";

  private CandidatesTable() {}

  /** {@code CAND#33#6-18-02}, or {@code CAND#ANY#6-18-02} for workers who go anywhere. */
  public static String poolKey(CandidatePool pool) {
    return POOL_PREFIX + pool.region().map(Region::code).orElse(ANY_REGION) + "#" + pool.minorGroup();
  }

  static CandidatePool pool(String key) {
    String[] parts = key.substring(POOL_PREFIX.length()).split("#", 2);
    return ANY_REGION.equals(parts[0]) ? CandidatePool.anyRegion(parts[1]) : CandidatePool.in(Region.ofCode(parts[0]), parts[1]);
  }

  static Map<String, AttributeValue> entryKey(String workerId, CandidatePool pool) {
    return Map.of(PK, s(poolKey(pool)), SK, s(WORKER_PREFIX + workerId));
  }

  static Map<String, AttributeValue> profileKey(String workerId) {
    return Map.of(PK, s(WORKER_PREFIX + workerId), SK, s(PROFILE_SK));
  }

  static Map<String, AttributeValue> entryItem(CandidateProfile worker, CandidatePool pool) {
    Map<String, AttributeValue> item = new HashMap<>(entryKey(worker.workerId(), pool));
    item.put(WORKER_ID, s(worker.workerId()));
    item.put(VERSION, n(worker.version()));
    item.put(HOME_REGION, s(worker.homeRegion().code()));
    putOptional(item, OWNER_SUBJECT, worker.ownerSubject());
    item.put(DESIRED_REGIONS, sortedStrings(worker.desiredRegions().stream().map(Region::code).toList()));
    item.put(ANY_REGION_FLAG, bool(worker.anyRegion()));
    item.put(OCCUPATIONS, Attributes.strings(worker.occupations().stream().map(OccupationCode::value).toList()));
    item.put(SKILLS, Attributes.strings(worker.skills()));
    if (worker.expectedMonthlyWage() != null) {
      item.put(EXPECTED_MONTHLY_WAGE, n(worker.expectedMonthlyWage()));
    }
    putOptional(item, AVAILABLE_FROM, worker.availableFrom());
    item.put(PRIORITY_GROUPS, sortedStrings(worker.priorityGroups()));
    item.put(CONSENTED, bool(worker.consented()));
    item.put(CHANNELS, sortedStrings(worker.channels()));
    return item;
  }

  static CandidateProfile toCandidate(Map<String, AttributeValue> item) {
    return new CandidateProfile(
        string(item, WORKER_ID),
        Attributes.number(item, VERSION),
        Region.ofCode(string(item, HOME_REGION)),
        Attributes.optionalString(item, OWNER_SUBJECT).orElse(null),
        Attributes.strings(item, DESIRED_REGIONS).stream().map(Region::ofCode).collect(Collectors.toSet()),
        Attributes.bool(item, ANY_REGION_FLAG),
        Attributes.strings(item, OCCUPATIONS).stream().map(OccupationCode::parse).toList(),
        Attributes.strings(item, SKILLS),
        Attributes.decimal(item, EXPECTED_MONTHLY_WAGE).orElse(null),
        Attributes.optionalString(item, AVAILABLE_FROM).map(LocalDate::parse).orElse(null),
        Set.copyOf(Attributes.strings(item, PRIORITY_GROUPS)),
        Attributes.bool(item, CONSENTED),
        Set.copyOf(Attributes.strings(item, CHANNELS)));
  }

  static Map<String, AttributeValue> profileItem(String workerId, CandidateIndex.IndexState state) {
    Map<String, AttributeValue> item = new HashMap<>(profileKey(workerId));
    item.put(WORKER_ID, s(workerId));
    item.put(VERSION, n(state.version()));
    item.put(POOL_KEYS, poolKeys(state.pools()));
    item.put(WRITTEN_KEYS, poolKeys(state.written()));
    item.put(SETTLED, bool(state.settled()));
    return item;
  }

  static Optional<CandidateIndex.IndexState> toState(Map<String, AttributeValue> item) {
    if (item == null || item.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CandidateIndex.IndexState(
        Attributes.number(item, VERSION),
        Attributes.strings(item, POOL_KEYS).stream().map(CandidatesTable::pool).collect(Collectors.toSet()),
        Attributes.strings(item, WRITTEN_KEYS).stream().map(CandidatesTable::pool).collect(Collectors.toSet()),
        Attributes.bool(item, SETTLED)));
  }

  static AttributeValue poolKeys(Collection<CandidatePool> pools) {
    return sortedStrings(pools.stream().map(CandidatesTable::poolKey).toList());
  }

  /** {@code JOBS#33#6-18-02}: the open jobs in one province and minor group. */
  public static String jobPoolKey(JobPool pool) {
    return JOB_POOL_PREFIX + pool.region().code() + "#" + pool.minorGroup();
  }

  static JobPool jobPool(String key) {
    String[] parts = key.substring(JOB_POOL_PREFIX.length()).split("#", 2);
    return new JobPool(Region.ofCode(parts[0]), parts[1]);
  }

  static Map<String, AttributeValue> listingKey(String jobId, JobPool pool) {
    return Map.of(PK, s(jobPoolKey(pool)), SK, s(JOB_PREFIX + jobId));
  }

  static Map<String, AttributeValue> listingStateKey(String jobId) {
    return Map.of(PK, s(JOB_PREFIX + jobId), SK, s(LISTING_SK));
  }

  static Map<String, AttributeValue> listingItem(JobOffer job, JobPool pool) {
    Map<String, AttributeValue> item = new HashMap<>(listingKey(job.jobId(), pool));
    item.put(JOB_ID, s(job.jobId()));
    item.put(VERSION, n(job.version()));
    item.put(TITLE, s(job.title()));
    putOptional(item, EMPLOYER_NAME, job.employerName());
    item.put(REGION, s(job.region().code()));
    item.put(COUNTY_CODE, s(job.countyCode()));
    putOptional(item, CITY, job.city());
    item.put(OCCUPATION, s(job.occupation().value()));
    item.put(SKILLS, Attributes.strings(job.skills()));
    // Amounts as strings: a DynamoDB number drops trailing zeros, and a push shows them as the job event had them.
    item.put(SALARY_MIN, s(job.pay().min().toPlainString()));
    item.put(SALARY_MAX, s(job.pay().max().toPlainString()));
    item.put(SALARY_UNIT, s(job.pay().unit()));
    item.put(MONTHLY_MINIMUM, s(job.pay().monthlyMinimum().toPlainString()));
    item.put(VALID_THROUGH, s(job.validThrough().toString()));
    putOptional(item, START_DATE, job.startDate());
    item.put(ACCOMMODATION, bool(job.accommodationOffered()));
    item.put(TRANSPORT, bool(job.transportOffered()));
    putOptional(item, LABOR_BRAND, job.laborBrand());
    item.put(POSTED_BY_KIND, s(job.postedBy().kind()));
    item.put(POSTED_BY_ID, s(job.postedBy().id()));
    return item;
  }

  /** Only open jobs are listed, so a listed job reads back ACTIVE; its validThrough may have passed since. */
  static JobOffer toJob(Map<String, AttributeValue> item) {
    return new JobOffer(
        string(item, JOB_ID),
        Attributes.number(item, VERSION),
        JobOffer.Status.ACTIVE,
        string(item, TITLE),
        Attributes.optionalString(item, EMPLOYER_NAME).orElse(null),
        Region.ofCode(string(item, REGION)),
        string(item, COUNTY_CODE),
        Attributes.optionalString(item, CITY).orElse(null),
        OccupationCode.parse(string(item, OCCUPATION)),
        Attributes.strings(item, SKILLS),
        new JobOffer.Pay(amount(item, SALARY_MIN), amount(item, SALARY_MAX), string(item, SALARY_UNIT),
            amount(item, MONTHLY_MINIMUM)),
        LocalDate.parse(string(item, VALID_THROUGH)),
        Attributes.optionalString(item, START_DATE).map(LocalDate::parse).orElse(null),
        Attributes.bool(item, ACCOMMODATION),
        Attributes.bool(item, TRANSPORT),
        Attributes.optionalString(item, LABOR_BRAND).orElse(null),
        new JobOffer.Poster(string(item, POSTED_BY_KIND), string(item, POSTED_BY_ID)));
  }

  static Map<String, AttributeValue> listingStateItem(String jobId, OpenJobIndex.ListingState state) {
    Map<String, AttributeValue> item = new HashMap<>(listingStateKey(jobId));
    item.put(JOB_ID, s(jobId));
    item.put(VERSION, n(state.version()));
    item.put(POOL_KEYS, jobPoolKeys(state.pools()));
    item.put(WRITTEN_KEYS, jobPoolKeys(state.written()));
    item.put(SETTLED, bool(state.settled()));
    return item;
  }

  static Optional<OpenJobIndex.ListingState> toListingState(Map<String, AttributeValue> item) {
    if (item == null || item.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new OpenJobIndex.ListingState(
        Attributes.number(item, VERSION),
        Attributes.strings(item, POOL_KEYS).stream().map(CandidatesTable::jobPool).collect(Collectors.toSet()),
        Attributes.strings(item, WRITTEN_KEYS).stream().map(CandidatesTable::jobPool).collect(Collectors.toSet()),
        Attributes.bool(item, SETTLED)));
  }

  static AttributeValue jobPoolKeys(Collection<JobPool> pools) {
    return sortedStrings(pools.stream().map(CandidatesTable::jobPoolKey).toList());
  }

  private static BigDecimal amount(Map<String, AttributeValue> item, String name) {
    return new BigDecimal(string(item, name));
  }

  /** {@code FAIR#fair-…}: a fair's seats and booths. */
  public static String fairPartition(String fairId) {
    return FAIR_PREFIX + fairId;
  }

  /** A worker seated at a fair, in the fair's partition. */
  static Map<String, AttributeValue> seatItem(JobFair fair, String registrationId, String workerId) {
    Map<String, AttributeValue> item = fairItem(fairPartition(fair.fairId()), SEAT_PREFIX + workerId, fair, registrationId);
    item.put(WORKER_ID, s(workerId));
    return item;
  }

  /** The same seat, under the worker, so that a worker message finds the fairs the worker is seated at. */
  static Map<String, AttributeValue> seatNoteItem(JobFair fair, String registrationId, String workerId) {
    Map<String, AttributeValue> item = fairItem(WORKER_PREFIX + workerId, FAIR_PREFIX + fair.fairId(), fair, registrationId);
    item.put(WORKER_ID, s(workerId));
    return item;
  }

  /** A job on show at one of a fair's booths, in the fair's partition. */
  static Map<String, AttributeValue> boothItem(JobFair fair, String registrationId, String jobId) {
    Map<String, AttributeValue> item = fairItem(fairPartition(fair.fairId()), BOOTH_PREFIX + jobId, fair, registrationId);
    item.put(JOB_ID, s(jobId));
    return item;
  }

  /** The same booth, under the job, so that a job message finds the fairs the job is on show at. */
  static Map<String, AttributeValue> boothNoteItem(JobFair fair, String registrationId, String jobId) {
    Map<String, AttributeValue> item = fairItem(JOB_PREFIX + jobId, FAIR_PREFIX + fair.fairId(), fair, registrationId);
    item.put(JOB_ID, s(jobId));
    return item;
  }

  private static Map<String, AttributeValue> fairItem(String pk, String sk, JobFair fair, String registrationId) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put(PK, s(pk));
    item.put(SK, s(sk));
    item.put(FAIR_ID, s(fair.fairId()));
    item.put(FAIR_REGION, s(fair.region().code()));
    item.put(STARTS_AT, s(fair.startsAt().toString()));
    item.put(ENDS_AT, s(fair.endsAt().toString()));
    item.put(REGISTRATION_ID, s(registrationId));
    return item;
  }

  /** The fair a seat or booth item (or its note) is about, as the confirmation that wrote it described it. */
  static JobFair toFair(Map<String, AttributeValue> item) {
    return new JobFair(string(item, FAIR_ID), Region.ofCode(string(item, FAIR_REGION)),
        Instant.parse(string(item, STARTS_AT)), Instant.parse(string(item, ENDS_AT)));
  }
}
