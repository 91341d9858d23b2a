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
import org.laborbridge.push.domain.PushTopic;
import org.laborbridge.push.domain.WorkerPush;
import org.laborbridge.push.domain.CampaignContent;
import org.laborbridge.push.domain.InboxContent;
import org.laborbridge.push.domain.JobMatch;
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
 * inbox entry      pk INBOX#workerId            sk pushedAt#jobId        kind JOB, job summary, reasons, score, read, readAt
 *                                               sk pushedAt#campaign:messageId   kind CAMPAIGN, campaign (map), read, readAt
 * worker access    pk WORKER#workerId           sk WORKER                homeRegion, ownerSubject (who reads the inbox)
 * job access       pk JOB#jobId                 sk JOB                   region, postedBy (who sees the reach)
 * reach            pk JOB#jobId                 sk WORKER#workerId       homeRegion, status DEFERRED|PUSHED|EXPIRED,
 *                                                                        pushedAt, deferredUntil, read
 * campaign reach   pk CAMPAIGN#messageId        sk WORKER#workerId       the same, with messageId and campaignId
 * pace             pk PACE#workerId#yyyy-MM-dd  sk PACE                  pushes (string set of job and campaign message
 *                                                                        ids), expiresAt
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
  public static final String CAMPAIGN_PREFIX = "CAMPAIGN#";
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
  /** JOB or CAMPAIGN on inbox entries; entries written before campaign messages existed have none and are jobs. */
  static final String KIND = "kind";
  static final String CAMPAIGN = "campaign";
  static final String CAMPAIGN_ID = "campaignId";
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
  private static final String CAMPAIGN_NAME = "campaignName";
  private static final String DAY = "day";
  private static final String OCCASION = "occasion";
  private static final String FAIR_ID = "fairId";
  private static final String FAIRS = "fairs";
  private static final String JOBS = "jobs";
  private static final String NAME = "name";
  private static final String VENUE = "venue";
  private static final String STARTS_AT = "startsAt";
  private static final String ENDS_AT = "endsAt";

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

  static Map<String, AttributeValue> jobItem(JobAccess job) {
    Map<String, AttributeValue> item = new HashMap<>(jobKey(job.jobId()));
    item.put(JOB_ID, s(job.jobId()));
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

  /** A job's reach lives under the job (all its workers in one partition); a campaign message's under the message. */
  static String topicPartition(PushTopic topic) {
    return (topic.kind() == PushTopic.Kind.JOB ? JOB_PREFIX : CAMPAIGN_PREFIX) + topic.id();
  }

  /** The attribute that names the topic on reach and inbox items: jobId, or messageId. */
  static String topicAttribute(PushTopic topic) {
    return topic.kind() == PushTopic.Kind.JOB ? JOB_ID : MESSAGE_ID;
  }

  static Map<String, AttributeValue> reachKey(PushTopic topic, String workerId) {
    return key(topicPartition(topic), WORKER_PREFIX + workerId);
  }

  /** What every write of a reach item sets besides its status: the topic, the worker and (for a campaign) its id. */
  static Map<String, AttributeValue> reachIdentity(WorkerPush push) {
    Map<String, AttributeValue> attributes = new HashMap<>();
    attributes.put(topicAttribute(push.topic()), s(push.topic().id()));
    attributes.put(WORKER_ID, s(push.workerId()));
    attributes.put(HOME_REGION, s(push.worker().homeRegion().code()));
    if (push.content() instanceof CampaignContent campaign) {
      attributes.put(CAMPAIGN_ID, s(campaign.campaignId()));
    }
    return attributes;
  }

  static ReachEntry toReach(Map<String, AttributeValue> item) {
    String pk = string(item, PK);
    PushTopic topic = pk.startsWith(CAMPAIGN_PREFIX) ? PushTopic.campaign(pk.substring(CAMPAIGN_PREFIX.length()))
        : PushTopic.job(string(item, JOB_ID));
    return new ReachEntry(topic, string(item, WORKER_ID), region(string(item, HOME_REGION)),
        ReachStatus.valueOf(string(item, STATUS)), optionalTime(item, PUSHED_AT), optionalTime(item, DEFERRED_UNTIL),
        bool(item, READ));
  }

  static String inboxPk(String workerId) {
    return INBOX_PREFIX + workerId;
  }

  static Map<String, AttributeValue> inboxKey(String workerId, Instant pushedAt, PushTopic topic) {
    return key(inboxPk(workerId), Items.sortable(pushedAt) + "#" + topic.entryId());
  }

  static Map<String, AttributeValue> inboxItem(WorkerPush push, Instant pushedAt) {
    Map<String, AttributeValue> item = new HashMap<>(inboxKey(push.workerId(), pushedAt, push.topic()));
    item.put(WORKER_ID, s(push.workerId()));
    item.put(KIND, s(push.topic().kind().name()));
    item.put(topicAttribute(push.topic()), s(push.topic().id()));
    item.put(PUSHED_AT, time(pushedAt));
    if (push.content() instanceof JobMatch match) {
      putOptional(item, SCORE, match.score().orElse(null));
      item.put(REASONS, Attributes.strings(match.reasons()));
      item.put(JOB, AttributeValue.fromM(summary(match.job())));
    } else if (push.content() instanceof CampaignContent campaign) {
      item.put(CAMPAIGN, AttributeValue.fromM(campaign(campaign)));
    }
    item.put(READ, bool(false));
    return item;
  }

  static InboxEntry toInboxEntry(Map<String, AttributeValue> item) {
    PushTopic.Kind kind = optionalString(item, KIND).map(PushTopic.Kind::valueOf).orElse(PushTopic.Kind.JOB);
    PushTopic topic = new PushTopic(kind, string(item, kind == PushTopic.Kind.JOB ? JOB_ID : MESSAGE_ID));
    InboxContent content = kind == PushTopic.Kind.JOB
        ? new JobMatch(Attributes.decimal(item, SCORE), Attributes.strings(item, REASONS), toSummary(Items.map(item, JOB)))
        : toCampaign(Items.map(item, CAMPAIGN));
    return new InboxEntry(string(item, WORKER_ID), topic, Instant.parse(string(item, PUSHED_AT)), content, bool(item, READ),
        optionalTime(item, READ_AT));
  }

  private static Map<String, AttributeValue> campaign(CampaignContent campaign) {
    Map<String, AttributeValue> m = new HashMap<>();
    m.put(CAMPAIGN_ID, s(campaign.campaignId()));
    putOptional(m, CAMPAIGN_NAME, campaign.campaignName());
    m.put(DAY, s(campaign.day().toString()));
    putOptional(m, OCCASION, campaign.occasion());
    m.put(MESSAGE, s(campaign.message()));
    putOptional(m, FAIR_ID, campaign.fairId());
    m.put(FAIRS, AttributeValue.fromL(campaign.fairs().stream().map(fair -> {
      Map<String, AttributeValue> f = new HashMap<>();
      f.put(ID, s(fair.id()));
      f.put(NAME, s(fair.name()));
      putOptional(f, REGION, fair.region() == null ? null : fair.region().code());
      putOptional(f, VENUE, fair.venue());
      putOptional(f, STARTS_AT, fair.startsAt());
      putOptional(f, ENDS_AT, fair.endsAt());
      return AttributeValue.fromM(f);
    }).toList()));
    m.put(JOBS, AttributeValue.fromL(campaign.jobs().stream().map(job -> {
      Map<String, AttributeValue> j = new HashMap<>();
      j.put(ID, s(job.id()));
      j.put(TITLE, s(job.title()));
      putOptional(j, EMPLOYER_NAME, job.employerName());
      putOptional(j, REGION, job.region() == null ? null : job.region().code());
      putOptional(j, COUNTY_CODE, job.countyCode());
      putOptional(j, CITY, job.city());
      putSalary(j, job.salary());
      putOptional(j, VALID_THROUGH, job.validThrough());
      return AttributeValue.fromM(j);
    }).toList()));
    return m;
  }

  private static CampaignContent toCampaign(Map<String, AttributeValue> m) {
    List<CampaignContent.Fair> fairs = Items.maps(m, FAIRS).stream().map(f -> new CampaignContent.Fair(string(f, ID),
        string(f, NAME), optionalString(f, REGION).map(DeliveriesTable::region).orElse(null),
        optionalString(f, VENUE).orElse(null), optionalTime(f, STARTS_AT).orElse(null), optionalTime(f, ENDS_AT).orElse(null)))
        .toList();
    List<CampaignContent.Job> jobs = Items.maps(m, JOBS).stream().map(j -> new CampaignContent.Job(string(j, ID),
        string(j, TITLE), optionalString(j, EMPLOYER_NAME).orElse(null),
        optionalString(j, REGION).map(DeliveriesTable::region).orElse(null), optionalString(j, COUNTY_CODE).orElse(null),
        optionalString(j, CITY).orElse(null), toSalary(Items.map(j, SALARY)),
        optionalString(j, VALID_THROUGH).map(LocalDate::parse).orElse(null))).toList();
    return new CampaignContent(string(m, CAMPAIGN_ID), optionalString(m, CAMPAIGN_NAME).orElse(null),
        LocalDate.parse(string(m, DAY)), optionalString(m, OCCASION).orElse(null), string(m, MESSAGE),
        optionalString(m, FAIR_ID).orElse(null), fairs, jobs);
  }

  private static Map<String, AttributeValue> summary(JobSummary job) {
    Map<String, AttributeValue> m = new HashMap<>();
    m.put(TITLE, s(job.title()));
    putOptional(m, EMPLOYER_NAME, job.employerName());
    m.put(REGION, s(job.region().code()));
    putOptional(m, COUNTY_CODE, job.countyCode());
    putOptional(m, CITY, job.city());
    putSalary(m, job.salary());
    m.put(ACCOMMODATION, bool(job.accommodationOffered()));
    m.put(TRANSPORT, bool(job.transportOffered()));
    putOptional(m, LABOR_BRAND, job.laborBrand());
    putOptional(m, VALID_THROUGH, job.validThrough());
    putOptional(m, POSTED_BY_KIND, job.postedBy().kind());
    m.put(POSTED_BY_ID, s(job.postedBy().id()));
    return m;
  }

  private static void putSalary(Map<String, AttributeValue> m, Salary salary) {
    if (salary != null) {
      Map<String, AttributeValue> map = new HashMap<>();
      putOptional(map, MIN, salary.min());
      putOptional(map, MAX, salary.max());
      putOptional(map, UNIT, salary.unit());
      putOptional(map, MONTHLY_MINIMUM, salary.monthlyMinimum());
      m.put(SALARY, AttributeValue.fromM(map));
    }
  }

  private static Salary toSalary(Map<String, AttributeValue> salary) {
    return salary.isEmpty() ? null : new Salary(Attributes.decimal(salary, MIN).orElse(null),
        Attributes.decimal(salary, MAX).orElse(null), optionalString(salary, UNIT).orElse(null),
        Attributes.decimal(salary, MONTHLY_MINIMUM).orElse(null));
  }

  private static JobSummary toSummary(Map<String, AttributeValue> m) {
    return new JobSummary(string(m, TITLE), optionalString(m, EMPLOYER_NAME).orElse(null), region(string(m, REGION)),
        optionalString(m, COUNTY_CODE).orElse(null), optionalString(m, CITY).orElse(null), toSalary(Items.map(m, SALARY)),
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
