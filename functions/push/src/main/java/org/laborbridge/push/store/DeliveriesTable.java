package org.laborbridge.push.store;

import org.laborbridge.platform.dynamo.Attributes;
import org.laborbridge.push.domain.Channel;
import org.laborbridge.push.domain.ChannelEndpoint;
import org.laborbridge.push.domain.DeferredMessage;
import org.laborbridge.push.domain.DeliveryRecord;
import org.laborbridge.push.domain.DeliveryState;
import org.laborbridge.push.domain.EndpointStatus;
import org.laborbridge.push.domain.InboxEntry;
import org.laborbridge.push.domain.JobAccess;
import org.laborbridge.push.domain.JobPoster;
import org.laborbridge.push.domain.JobSummary;
import org.laborbridge.push.domain.PushRequest;
import org.laborbridge.push.domain.ReachEntry;
import org.laborbridge.push.domain.ReachStatus;
import org.laborbridge.push.domain.Recipient;
import org.laborbridge.push.domain.Salary;
import org.laborbridge.push.domain.SigningEndpoint;
import org.laborbridge.push.domain.WorkerAccess;
import org.laborbridge.shared.region.Region;
import org.laborbridge.shared.webhook.WebhookSecret;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.laborbridge.platform.dynamo.Attributes.bool;
import static org.laborbridge.platform.dynamo.Attributes.n;
import static org.laborbridge.platform.dynamo.Attributes.optionalString;
import static org.laborbridge.platform.dynamo.Attributes.s;
import static org.laborbridge.platform.dynamo.Attributes.string;
import static org.laborbridge.push.store.Items.optionalTime;
import static org.laborbridge.push.store.Items.putOptional;
import static org.laborbridge.push.store.Items.time;

/**
 * The deliveries table (template.yaml DeliveriesTable: pk/sk, TTL on expiresAt, no index): everything push keeps.
 * The one place that knows its names and layout.
 *
 * <pre>
 * inbox entry      pk INBOX#workerId            sk pushedAt#jobId        job summary, reasons, score, read, readAt
 * worker access    pk WORKER#workerId           sk WORKER                homeRegion, ownerSubject (who reads the inbox)
 * job access       pk JOB#jobId                 sk JOB                   region, postedBy (who sees the reach)
 * reach            pk JOB#jobId                 sk WORKER#workerId       homeRegion, status DEFERRED|PUSHED, pushedAt,
 *                                                                        deferredUntil, read
 * pace             pk PACE#workerId#yyyy-MM-dd  sk PACE                  pushes (string set of job ids), expiresAt
 * deferred         pk DEFERRED#yyyy-MM-ddTHH    sk dueAt#messageId       message (the envelope, as queued)
 * release marker   pk DEFERRED                  sk RELEASED_THROUGH      hour (the first that may hold messages)
 * endpoint         pk ENDPOINT#endpointId       sk ENDPOINT              url, channel, region, status, secret
 * region endpoint  pk ENDPOINTS#regionCode      sk channel#endpointId    the endpoint without its secret
 * delivery         pk DELIVERY#deliveryId       sk DELIVERY              attempts, lastStatus, lastAttemptAt, outcome,
 *                                                                        claimedUntil, retryQueued, nextAttemptAt, expiresAt
 * </pre>
 *
 * Times in sort keys are UTC with milliseconds always written, so that key order is time order; the pace day is
 * a Shanghai date; deferred partitions are UTC hours of the due time.
 */
public final class DeliveriesTable {

  public static final String PK = "pk";
  public static final String SK = "sk";
  /** The TTL attribute: epoch seconds. Set on pace and delivery items only; reads never depend on it. */
  public static final String EXPIRES_AT = "expiresAt";
  static final List<String> KEY = List.of(PK, SK);

  public static final String INBOX_PREFIX = "INBOX#";
  public static final String WORKER_PREFIX = "WORKER#";
  public static final String WORKER_SK = "WORKER";
  public static final String JOB_PREFIX = "JOB#";
  public static final String JOB_SK = "JOB";
  public static final String PACE_PREFIX = "PACE#";
  public static final String PACE_SK = "PACE";
  public static final String DEFERRED_PREFIX = "DEFERRED#";
  public static final String MARKER_PK = "DEFERRED";
  public static final String MARKER_SK = "RELEASED_THROUGH";
  public static final String ENDPOINT_PREFIX = "ENDPOINT#";
  public static final String ENDPOINT_SK = "ENDPOINT";
  public static final String REGION_ENDPOINTS_PREFIX = "ENDPOINTS#";
  public static final String DELIVERY_PREFIX = "DELIVERY#";
  public static final String DELIVERY_SK = "DELIVERY";

  static final String WORKER_ID = "workerId";
  static final String JOB_ID = "jobId";
  static final String HOME_REGION = "homeRegion";
  static final String OWNER_SUBJECT = "ownerSubject";
  static final String REGION = "region";
  static final String POSTED_BY_KIND = "postedByKind";
  static final String POSTED_BY_ID = "postedById";
  static final String STATUS = "status";
  static final String PUSHED_AT = "pushedAt";
  static final String DEFERRED_UNTIL = "deferredUntil";
  static final String READ = "read";
  static final String READ_AT = "readAt";
  static final String SCORE = "score";
  static final String REASONS = "reasons";
  static final String JOB = "job";
  static final String PUSHES = "pushes";
  static final String MESSAGE_ID = "messageId";
  static final String DUE_AT = "dueAt";
  static final String MESSAGE = "message";
  static final String HOUR = "hour";
  static final String ID = "id";
  static final String CHANNEL = "channel";
  static final String URL = "url";
  static final String SECRET = "secret";
  static final String CREATED_AT = "createdAt";
  static final String MODIFIED_AT = "modifiedAt";
  static final String ENDPOINT_ID = "endpointId";
  static final String EVENT_TYPE = "eventType";
  static final String ATTEMPTS = "attempts";
  static final String LAST_STATUS = "lastStatus";
  static final String LAST_ATTEMPT_AT = "lastAttemptAt";
  static final String OUTCOME = "outcome";
  static final String CLAIMED_UNTIL = "claimedUntil";
  static final String RETRY_QUEUED = "retryQueued";
  static final String NEXT_ATTEMPT_AT = "nextAttemptAt";

  private static final String TITLE = "title";
  private static final String EMPLOYER_NAME = "employerName";
  private static final String COUNTY_CODE = "countyCode";
  private static final String CITY = "city";
  private static final String SALARY = "salary";
  private static final String MIN = "min";
  private static final String MAX = "max";
  private static final String UNIT = "unit";
  private static final String MONTHLY_MINIMUM = "monthlyMinimum";
  private static final String ACCOMMODATION = "accommodationOffered";
  private static final String TRANSPORT = "transportOffered";
  private static final String LABOR_BRAND = "laborBrand";
  private static final String VALID_THROUGH = "validThrough";

  private static final DateTimeFormatter HOUR_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH").withZone(ZoneOffset.UTC);

  private DeliveriesTable() {}

  static Map<String, AttributeValue> key(String pk, String sk) {
    return Map.of(PK, s(pk), SK, s(sk));
  }

  // ------------------------------------------------------------------ workers and jobs: who may read what

  static Map<String, AttributeValue> workerKey(String workerId) {
    return key(WORKER_PREFIX + workerId, WORKER_SK);
  }

  static Map<String, AttributeValue> workerItem(Recipient worker) {
    Map<String, AttributeValue> item = new HashMap<>(workerKey(worker.id()));
    item.put(WORKER_ID, s(worker.id()));
    item.put(HOME_REGION, s(worker.homeRegion().code()));
    worker.ownerSubject().ifPresent(subject -> item.put(OWNER_SUBJECT, s(subject)));
    return item;
  }

  static WorkerAccess toWorkerAccess(Map<String, AttributeValue> item) {
    return new WorkerAccess(string(item, WORKER_ID), region(string(item, HOME_REGION)), optionalString(item, OWNER_SUBJECT));
  }

  static Map<String, AttributeValue> jobKey(String jobId) {
    return key(JOB_PREFIX + jobId, JOB_SK);
  }

  static Map<String, AttributeValue> jobItem(String jobId, JobSummary job) {
    Map<String, AttributeValue> item = new HashMap<>(jobKey(jobId));
    item.put(JOB_ID, s(jobId));
    item.put(REGION, s(job.region().code()));
    putOptional(item, POSTED_BY_KIND, job.postedBy().kind());
    item.put(POSTED_BY_ID, s(job.postedBy().id()));
    return item;
  }

  static JobAccess toJobAccess(Map<String, AttributeValue> item) {
    return new JobAccess(string(item, JOB_ID), region(string(item, REGION)),
        new JobPoster(optionalString(item, POSTED_BY_KIND).orElse(null), string(item, POSTED_BY_ID)));
  }

  // ------------------------------------------------------------------ reach and inbox

  static Map<String, AttributeValue> reachKey(String jobId, String workerId) {
    return key(JOB_PREFIX + jobId, WORKER_PREFIX + workerId);
  }

  static ReachEntry toReach(Map<String, AttributeValue> item) {
    return new ReachEntry(string(item, JOB_ID), string(item, WORKER_ID), region(string(item, HOME_REGION)),
        ReachStatus.valueOf(string(item, STATUS)), optionalTime(item, PUSHED_AT), optionalTime(item, DEFERRED_UNTIL),
        bool(item, READ));
  }

  static String inboxPk(String workerId) {
    return INBOX_PREFIX + workerId;
  }

  static Map<String, AttributeValue> inboxKey(String workerId, Instant pushedAt, String jobId) {
    return key(inboxPk(workerId), Items.sortable(pushedAt) + "#" + jobId);
  }

  static Map<String, AttributeValue> inboxItem(PushRequest push, Instant pushedAt) {
    Map<String, AttributeValue> item = new HashMap<>(inboxKey(push.workerId(), pushedAt, push.jobId()));
    item.put(WORKER_ID, s(push.workerId()));
    item.put(JOB_ID, s(push.jobId()));
    item.put(PUSHED_AT, time(pushedAt));
    putOptional(item, SCORE, push.score());
    item.put(REASONS, Attributes.strings(push.reasons()));
    item.put(JOB, AttributeValue.fromM(summary(push.job())));
    item.put(READ, bool(false));
    return item;
  }

  static InboxEntry toInboxEntry(Map<String, AttributeValue> item) {
    return new InboxEntry(string(item, WORKER_ID), string(item, JOB_ID), Instant.parse(string(item, PUSHED_AT)),
        Attributes.decimal(item, SCORE), Attributes.strings(item, REASONS), toSummary(Items.map(item, JOB)), bool(item, READ),
        optionalTime(item, READ_AT));
  }

  private static Map<String, AttributeValue> summary(JobSummary job) {
    Map<String, AttributeValue> m = new HashMap<>();
    m.put(TITLE, s(job.title()));
    putOptional(m, EMPLOYER_NAME, job.employerName());
    m.put(REGION, s(job.region().code()));
    putOptional(m, COUNTY_CODE, job.countyCode());
    putOptional(m, CITY, job.city());
    if (job.salary() != null) {
      Map<String, AttributeValue> salary = new HashMap<>();
      putOptional(salary, MIN, job.salary().min());
      putOptional(salary, MAX, job.salary().max());
      putOptional(salary, UNIT, job.salary().unit());
      putOptional(salary, MONTHLY_MINIMUM, job.salary().monthlyMinimum());
      m.put(SALARY, AttributeValue.fromM(salary));
    }
    m.put(ACCOMMODATION, bool(job.accommodationOffered()));
    m.put(TRANSPORT, bool(job.transportOffered()));
    putOptional(m, LABOR_BRAND, job.laborBrand());
    putOptional(m, VALID_THROUGH, job.validThrough());
    putOptional(m, POSTED_BY_KIND, job.postedBy().kind());
    m.put(POSTED_BY_ID, s(job.postedBy().id()));
    return m;
  }

  private static JobSummary toSummary(Map<String, AttributeValue> m) {
    Map<String, AttributeValue> salary = Items.map(m, SALARY);
    return new JobSummary(string(m, TITLE), optionalString(m, EMPLOYER_NAME).orElse(null), region(string(m, REGION)),
        optionalString(m, COUNTY_CODE).orElse(null), optionalString(m, CITY).orElse(null),
        salary.isEmpty() ? null : new Salary(Attributes.decimal(salary, MIN).orElse(null),
            Attributes.decimal(salary, MAX).orElse(null), optionalString(salary, UNIT).orElse(null),
            Attributes.decimal(salary, MONTHLY_MINIMUM).orElse(null)),
        bool(m, ACCOMMODATION), bool(m, TRANSPORT), optionalString(m, LABOR_BRAND).orElse(null),
        optionalString(m, VALID_THROUGH).map(LocalDate::parse).orElse(null),
        new JobPoster(optionalString(m, POSTED_BY_KIND).orElse(null), string(m, POSTED_BY_ID)));
  }

  // ------------------------------------------------------------------ pacing

  static Map<String, AttributeValue> paceKey(String workerId, LocalDate day) {
    return key(PACE_PREFIX + workerId + "#" + day, PACE_SK);
  }

  // ------------------------------------------------------------------ deferred messages

  static String hourPartition(Instant hour) {
    return DEFERRED_PREFIX + HOUR_FORMAT.format(hour);
  }

  static String hourText(Instant hour) {
    return HOUR_FORMAT.format(hour);
  }

  static Instant parseHour(String text) {
    return java.time.LocalDateTime.parse(text + ":00").toInstant(ZoneOffset.UTC);
  }

  static Map<String, AttributeValue> deferredKey(DeferredMessage message) {
    return key(hourPartition(message.dueAt()), Items.sortable(message.dueAt()) + "#" + message.messageId());
  }

  static Map<String, AttributeValue> deferredItem(DeferredMessage message) {
    Map<String, AttributeValue> item = new HashMap<>(deferredKey(message));
    item.put(DUE_AT, time(message.dueAt()));
    item.put(MESSAGE_ID, s(message.messageId()));
    item.put(MESSAGE, s(message.message()));
    return item;
  }

  static DeferredMessage toDeferred(Map<String, AttributeValue> item) {
    return new DeferredMessage(Instant.parse(string(item, DUE_AT)), string(item, MESSAGE_ID), string(item, MESSAGE));
  }

  static Map<String, AttributeValue> markerKey() {
    return key(MARKER_PK, MARKER_SK);
  }

  // ------------------------------------------------------------------ channel endpoints

  static Map<String, AttributeValue> endpointKey(String id) {
    return key(ENDPOINT_PREFIX + id, ENDPOINT_SK);
  }

  static String regionPartition(Region region) {
    return REGION_ENDPOINTS_PREFIX + region.code();
  }

  static Map<String, AttributeValue> regionEndpointKey(Region region, Channel channel, String id) {
    return key(regionPartition(region), channel.name() + "#" + id);
  }

  static Map<String, AttributeValue> endpointItem(SigningEndpoint signing) {
    Map<String, AttributeValue> item = new HashMap<>(endpointKey(signing.endpoint().id()));
    item.putAll(endpointAttributes(signing.endpoint()));
    item.put(SECRET, s(signing.secret().encoded()));
    return item;
  }

  /** The copy that lists the endpoints serving a region: never the secret. */
  static Map<String, AttributeValue> regionEndpointItem(ChannelEndpoint endpoint) {
    Map<String, AttributeValue> item = new HashMap<>(regionEndpointKey(endpoint.region(), endpoint.channel(), endpoint.id()));
    item.putAll(endpointAttributes(endpoint));
    return item;
  }

  private static Map<String, AttributeValue> endpointAttributes(ChannelEndpoint endpoint) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put(ID, s(endpoint.id()));
    item.put(REGION, s(endpoint.region().code()));
    item.put(CHANNEL, s(endpoint.channel().name()));
    item.put(URL, s(endpoint.url().toString()));
    item.put(STATUS, s(endpoint.status().name()));
    item.put(CREATED_AT, time(endpoint.createdAt()));
    item.put(MODIFIED_AT, time(endpoint.modifiedAt()));
    return item;
  }

  static ChannelEndpoint toEndpoint(Map<String, AttributeValue> item) {
    return new ChannelEndpoint(string(item, ID), region(string(item, REGION)), Channel.valueOf(string(item, CHANNEL)),
        URI.create(string(item, URL)), EndpointStatus.valueOf(string(item, STATUS)), Instant.parse(string(item, CREATED_AT)),
        Instant.parse(string(item, MODIFIED_AT)));
  }

  static SigningEndpoint toSigningEndpoint(Map<String, AttributeValue> item) {
    return new SigningEndpoint(toEndpoint(item), WebhookSecret.parse(string(item, SECRET)));
  }

  // ------------------------------------------------------------------ deliveries

  static Map<String, AttributeValue> deliveryKey(String deliveryId) {
    return key(DELIVERY_PREFIX + deliveryId, DELIVERY_SK);
  }

  static DeliveryRecord toDelivery(Map<String, AttributeValue> item) {
    return new DeliveryRecord(
        string(item, ID), string(item, ENDPOINT_ID), string(item, EVENT_TYPE),
        Items.optionalNumber(item, ATTEMPTS).orElse(0L).intValue(),
        optionalString(item, LAST_STATUS), optionalTime(item, LAST_ATTEMPT_AT),
        DeliveryState.valueOf(string(item, OUTCOME)),
        Items.optionalNumber(item, CLAIMED_UNTIL).map(Instant::ofEpochMilli),
        Items.optionalNumber(item, RETRY_QUEUED).orElse(0L).intValue(),
        optionalTime(item, NEXT_ATTEMPT_AT));
  }

  static Region region(String code) {
    return Region.find(code).orElseThrow(() -> new IllegalStateException("stored item has an unknown region"));
  }

  static AttributeValue epochSeconds(Instant instant) {
    return n(instant.getEpochSecond());
  }

  static Optional<Map<String, AttributeValue>> present(Map<String, AttributeValue> item) {
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
  }
}
