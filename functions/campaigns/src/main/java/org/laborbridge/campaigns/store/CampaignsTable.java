package org.laborbridge.campaigns.store;

import org.laborbridge.campaigns.domain.Campaign;
import org.laborbridge.campaigns.domain.CampaignPlan;
import org.laborbridge.campaigns.domain.CampaignStatus;
import org.laborbridge.campaigns.domain.Reminder;
import org.laborbridge.campaigns.domain.RunKey;
import org.laborbridge.campaigns.domain.TargetGroup;
import org.laborbridge.shared.region.Region;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.laborbridge.platform.dynamo.Attributes.n;
import static org.laborbridge.platform.dynamo.Attributes.number;
import static org.laborbridge.platform.dynamo.Attributes.optionalString;
import static org.laborbridge.platform.dynamo.Attributes.putOptional;
import static org.laborbridge.platform.dynamo.Attributes.s;
import static org.laborbridge.platform.dynamo.Attributes.sortedStrings;
import static org.laborbridge.platform.dynamo.Attributes.string;
import static org.laborbridge.platform.dynamo.Attributes.strings;

/**
 * The layout of CampaignsTable (pk/sk, index byYear on gsi1pk/gsi1sk, TTL expiresAt), the one place that knows it.
 *
 * <pre>
 * campaign        CAMPAIGN#&lt;id&gt;              CAMPAIGN            the plan, status, version, who and when;
 *                                                                 gsi1pk YEAR#&lt;yyyy of first day&gt;, gsi1sk &lt;startsOn&gt;#&lt;id&gt;
 * seeded year     CALENDAR#&lt;yyyy&gt;            SEEDED              seededAt: the defaults were written
 * fan-out         RUN#&lt;campaignId&gt;#&lt;day&gt;    REGION#&lt;region&gt;      status, cursor (absent: first page), pages,
 *                                                                 recipients, startedAt, modifiedAt, expiresAt
 * employer notice RUN#&lt;campaignId&gt;#&lt;day&gt;    EMPLOYERS#&lt;region&gt;   noticeId, sentAt, expiresAt
 * </pre>
 */
public final class CampaignsTable {

  public static final String PK = "pk";
  public static final String SK = "sk";
  public static final String GSI1PK = "gsi1pk";
  public static final String GSI1SK = "gsi1sk";
  public static final String BY_YEAR = "byYear";
  /** The TTL attribute (epoch seconds) of run and notice items; nothing reads them after a few days. */
  public static final String EXPIRES_AT = "expiresAt";
  static final List<String> INDEX_KEY = List.of(PK, SK, GSI1PK, GSI1SK);

  static final String CAMPAIGN_PREFIX = "CAMPAIGN#";
  static final String CAMPAIGN_SK = "CAMPAIGN";
  static final String YEAR_PREFIX = "YEAR#";
  static final String CALENDAR_PREFIX = "CALENDAR#";
  static final String SEEDED_SK = "SEEDED";
  static final String RUN_PREFIX = "RUN#";
  static final String REGION_PREFIX = "REGION#";
  static final String EMPLOYERS_PREFIX = "EMPLOYERS#";

  static final String ID = "id";
  static final String NAME = "name";
  static final String STARTS_ON = "startsOn";
  static final String ENDS_ON = "endsOn";
  static final String TARGET_GROUPS = "targetGroups";
  static final String REGIONS = "regions";
  static final String MESSAGE = "message";
  static final String REMINDERS = "reminders";
  static final String ON = "on";
  static final String FAIR_ID = "fairId";
  static final String STATUS = "status";
  static final String VERSION = "version";
  static final String CREATED_AT = "createdAt";
  static final String CREATED_BY = "createdBy";
  static final String MODIFIED_AT = "modifiedAt";
  static final String MODIFIED_BY = "modifiedBy";
  static final String SEEDED_AT = "seededAt";
  static final String CURSOR = "cursor";
  static final String PAGES = "pages";
  static final String RECIPIENTS = "recipients";
  static final String STARTED_AT = "startedAt";
  static final String NOTICE_ID = "noticeId";
  static final String SENT_AT = "sentAt";

  private CampaignsTable() {}

  static Map<String, AttributeValue> campaignKey(String id) {
    return Map.of(PK, s(CAMPAIGN_PREFIX + id), SK, s(CAMPAIGN_SK));
  }

  static Map<String, AttributeValue> seededKey(int year) {
    return Map.of(PK, s(CALENDAR_PREFIX + year), SK, s(SEEDED_SK));
  }

  static Map<String, AttributeValue> runKey(RunKey key) {
    return Map.of(PK, s(runPartition(key)), SK, s(REGION_PREFIX + key.region().code()));
  }

  static Map<String, AttributeValue> noticeKey(RunKey key) {
    return Map.of(PK, s(runPartition(key)), SK, s(EMPLOYERS_PREFIX + key.region().code()));
  }

  private static String runPartition(RunKey key) {
    return runPartition(key.campaignId(), key.day());
  }

  static String runPartition(String campaignId, LocalDate day) {
    return RUN_PREFIX + campaignId + "#" + day;
  }

  static String yearPartition(int year) {
    return YEAR_PREFIX + year;
  }

  static Map<String, AttributeValue> campaignItem(Campaign campaign) {
    CampaignPlan plan = campaign.plan();
    Map<String, AttributeValue> item = new HashMap<>(campaignKey(campaign.id()));
    item.put(GSI1PK, s(yearPartition(campaign.year())));
    item.put(GSI1SK, s(plan.startsOn() + "#" + campaign.id()));
    item.put(ID, s(campaign.id()));
    item.put(NAME, s(plan.name()));
    item.put(STARTS_ON, s(plan.startsOn().toString()));
    item.put(ENDS_ON, s(plan.endsOn().toString()));
    item.put(TARGET_GROUPS, sortedStrings(plan.targetGroups().stream().map(Enum::name).toList()));
    item.put(REGIONS, sortedStrings(plan.regions().stream().map(Region::code).toList()));
    item.put(MESSAGE, s(plan.message()));
    item.put(REMINDERS, AttributeValue.fromL(plan.reminders().stream().map(CampaignsTable::reminderItem).toList()));
    item.put(STATUS, s(campaign.status().name()));
    item.put(VERSION, n(campaign.version()));
    item.put(CREATED_AT, s(campaign.createdAt().toString()));
    putOptional(item, CREATED_BY, campaign.createdBy());
    item.put(MODIFIED_AT, s(campaign.modifiedAt().toString()));
    putOptional(item, MODIFIED_BY, campaign.modifiedBy());
    return item;
  }

  private static AttributeValue reminderItem(Reminder reminder) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put(ON, s(reminder.on().toString()));
    reminder.fairId().ifPresent(f -> item.put(FAIR_ID, s(f)));
    reminder.message().ifPresent(m -> item.put(MESSAGE, s(m)));
    return AttributeValue.fromM(item);
  }

  static Campaign toCampaign(Map<String, AttributeValue> item) {
    List<Reminder> reminders = item.containsKey(REMINDERS) && item.get(REMINDERS).hasL()
        ? item.get(REMINDERS).l().stream().map(AttributeValue::m).map(r -> new Reminder(LocalDate.parse(string(r, ON)),
            optionalString(r, FAIR_ID), optionalString(r, MESSAGE))).toList()
        : List.of();
    CampaignPlan plan = new CampaignPlan(string(item, NAME), LocalDate.parse(string(item, STARTS_ON)),
        LocalDate.parse(string(item, ENDS_ON)),
        strings(item, TARGET_GROUPS).stream().map(TargetGroup::valueOf).collect(Collectors.toSet()),
        strings(item, REGIONS).stream().map(Region::ofCode).collect(Collectors.toSet()),
        string(item, MESSAGE), reminders);
    return new Campaign(string(item, ID), plan, CampaignStatus.valueOf(string(item, STATUS)), number(item, VERSION),
        Instant.parse(string(item, CREATED_AT)), optionalString(item, CREATED_BY).orElse(null),
        Instant.parse(string(item, MODIFIED_AT)), optionalString(item, MODIFIED_BY).orElse(null));
  }

  static Optional<String> cursorOf(Map<String, AttributeValue> item) {
    return optionalString(item, CURSOR);
  }
}
