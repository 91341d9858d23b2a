package org.laborbridge.jobs.store;

import org.laborbridge.jobs.domain.PriorityGroup;
import org.laborbridge.jobs.domain.PushConsent;
import org.laborbridge.jobs.domain.RegisteredBy;
import org.laborbridge.jobs.domain.Worker;
import org.laborbridge.jobs.domain.WorkerPreferences;
import org.laborbridge.platform.dynamo.Attributes;
import org.laborbridge.shared.identity.MobileNumber;
import org.laborbridge.shared.identity.OccupationCode;
import org.laborbridge.shared.identity.ResidentIdentityNumber;
import org.laborbridge.shared.region.CountyCode;
import org.laborbridge.shared.region.Region;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.laborbridge.platform.dynamo.Attributes.bool;
import static org.laborbridge.platform.dynamo.Attributes.n;
import static org.laborbridge.platform.dynamo.Attributes.putOptional;
import static org.laborbridge.platform.dynamo.Attributes.s;
import static org.laborbridge.platform.dynamo.Attributes.sortedStrings;
import static org.laborbridge.platform.dynamo.Attributes.string;

/**
 * The workers table (template.yaml WorkersTable): job seekers and the guard items that keep one worker per
 * identity number. The one place that knows its attribute names, key prefixes and how a worker is laid out.
 *
 * <pre>
 * worker  pk WORKER#id                 sk WORKER     the record, with version
 * guard   pk IDENTITY#sha256(number)   sk IDENTITY   workerId: who owns the number
 * </pre>
 *
 * The guard is keyed by a hash so that the number never appears in a key, which shows up in metrics, error
 * messages and exports; the number itself is kept only on the worker item.
 *
 * <p>One sparse index, byConsentedRegion: a worker item carries {@code gsi1pk = CONSENTED#<home region>} and
 * {@code gsi1sk = <worker id>} only while the worker's push consent is granted (every write puts the whole item, so
 * withdrawing consent takes the worker out of the index). It projects {@link #AUDIENCE} only, never the name, phone
 * or identity number: the campaigns function reads a region's consented workers from it, page by page. Jobs itself
 * reads workers by key; matching keeps its own candidate index (CandidatesTable).
 */
public final class WorkersTable {

  public static final String PK = "pk";
  public static final String SK = "sk";

  public static final String WORKER_PREFIX = "WORKER#";
  public static final String WORKER_SK = "WORKER";
  public static final String IDENTITY_PREFIX = "IDENTITY#";
  public static final String IDENTITY_SK = "IDENTITY";
  public static final String GSI1PK = "gsi1pk";
  public static final String GSI1SK = "gsi1sk";
  public static final String BY_CONSENTED_REGION = "byConsentedRegion";
  public static final String CONSENTED_PREFIX = "CONSENTED#";

  static final String ID = "id";
  static final String VERSION = "version";
  static final String NAME = "name";
  static final String IDENTITY_NUMBER = "identityNumber";
  static final String PHONE = "phone";
  static final String HOME_COUNTY = "homeCounty";
  static final String DESIRED_REGIONS = "desiredRegions";
  static final String ANY_REGION = "anyRegion";
  static final String OCCUPATIONS = "occupationCodes";
  static final String SKILLS = "skills";
  static final String EXPECTED_MONTHLY_WAGE = "expectedMonthlyWage";
  static final String AVAILABLE_FROM = "availableFrom";
  static final String PRIORITY_GROUPS = "priorityGroups";
  static final String CONSENT_GRANTED = "consentGranted";
  static final String CONSENT_CHANNELS = "consentChannels";
  static final String REGISTERED_BY_KIND = "registeredByKind";
  static final String REGISTERED_BY_ID = "registeredById";
  static final String CREATED_AT = "createdAt";
  static final String MODIFIED_AT = "modifiedAt";
  static final String WORKER_ID = "workerId";

  /** What byConsentedRegion projects besides the keys (template.yaml names the same): no personal data. */
  public static final List<String> AUDIENCE = List.of(ID, HOME_COUNTY, DESIRED_REGIONS, ANY_REGION, PRIORITY_GROUPS,
      CONSENT_CHANNELS, REGISTERED_BY_KIND, REGISTERED_BY_ID);

  /**
   * A stored number was checked against the date when it was registered; reading it back must not fail
   * on a clock, so the "not born in the future" rule is given a day nobody reaches.
   */
  private static final LocalDate ANY_DAY = LocalDate.MAX;

  private WorkersTable() {}

  static Map<String, AttributeValue> workerKey(String id) {
    return Map.of(PK, s(WORKER_PREFIX + id), SK, s(WORKER_SK));
  }

  static String consentedPartition(Region homeRegion) {
    return CONSENTED_PREFIX + homeRegion.code();
  }

  static Map<String, AttributeValue> guardKey(ResidentIdentityNumber number) {
    return Map.of(PK, s(IDENTITY_PREFIX + sha256(number.value())), SK, s(IDENTITY_SK));
  }

  static Map<String, AttributeValue> guardItem(ResidentIdentityNumber number, String workerId) {
    Map<String, AttributeValue> item = new HashMap<>(guardKey(number));
    item.put(WORKER_ID, s(workerId));
    return item;
  }

  static Map<String, AttributeValue> toItem(Worker worker) {
    WorkerPreferences p = worker.preferences();
    Map<String, AttributeValue> item = new HashMap<>(workerKey(worker.id()));
    item.put(ID, s(worker.id()));
    item.put(VERSION, n(worker.version()));
    item.put(NAME, s(worker.name()));
    item.put(IDENTITY_NUMBER, s(worker.identityNumber().value()));
    item.put(PHONE, s(worker.phone().value()));
    item.put(HOME_COUNTY, s(worker.homeCounty().value()));
    item.put(DESIRED_REGIONS, sortedStrings(p.desiredRegions().stream().map(Region::code).toList()));
    item.put(ANY_REGION, bool(p.anyRegion()));
    item.put(OCCUPATIONS, Attributes.strings(p.occupations().stream().map(OccupationCode::value).toList()));
    item.put(SKILLS, Attributes.strings(p.skills()));
    if (p.expectedMonthlyWage() != null) {
      item.put(EXPECTED_MONTHLY_WAGE, n(p.expectedMonthlyWage()));
    }
    putOptional(item, AVAILABLE_FROM, p.availableFrom());
    item.put(PRIORITY_GROUPS, sortedStrings(p.priorityGroups().stream().map(Enum::name).toList()));
    item.put(CONSENT_GRANTED, bool(p.consent().granted()));
    item.put(CONSENT_CHANNELS, sortedStrings(p.consent().channels().stream().map(Enum::name).toList()));
    item.put(REGISTERED_BY_KIND, s(worker.registeredBy().kind().name()));
    item.put(REGISTERED_BY_ID, s(worker.registeredBy().id()));
    item.put(CREATED_AT, s(worker.createdAt().toString()));
    item.put(MODIFIED_AT, s(worker.modifiedAt().toString()));
    if (p.consent().granted()) {
      item.put(GSI1PK, s(consentedPartition(worker.homeRegion())));
      item.put(GSI1SK, s(worker.id()));
    }
    return item;
  }

  static Worker toWorker(Map<String, AttributeValue> item) {
    WorkerPreferences preferences = new WorkerPreferences(
        Attributes.strings(item, DESIRED_REGIONS).stream().map(Region::ofCode).collect(Collectors.toSet()),
        Attributes.bool(item, ANY_REGION),
        Attributes.strings(item, OCCUPATIONS).stream().map(OccupationCode::parse).toList(),
        Attributes.strings(item, SKILLS),
        Attributes.decimal(item, EXPECTED_MONTHLY_WAGE).orElse(null),
        Attributes.optionalString(item, AVAILABLE_FROM).map(LocalDate::parse).orElse(null),
        Attributes.strings(item, PRIORITY_GROUPS).stream().map(PriorityGroup::valueOf).collect(Collectors.toSet()),
        new PushConsent(Attributes.bool(item, CONSENT_GRANTED),
            Attributes.strings(item, CONSENT_CHANNELS).stream().map(PushConsent.Channel::valueOf).collect(Collectors.toSet())));
    return new Worker(
        string(item, ID),
        string(item, NAME),
        ResidentIdentityNumber.parse(string(item, IDENTITY_NUMBER), ANY_DAY),
        MobileNumber.parse(string(item, PHONE)),
        CountyCode.parse(string(item, HOME_COUNTY)),
        preferences,
        new RegisteredBy(RegisteredBy.Kind.valueOf(string(item, REGISTERED_BY_KIND)), string(item, REGISTERED_BY_ID)),
        Instant.parse(string(item, CREATED_AT)),
        Instant.parse(string(item, MODIFIED_AT)),
        Attributes.number(item, VERSION));
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException everyJavaHasIt) {
      throw new IllegalStateException(everyJavaHasIt);
    }
  }
}
