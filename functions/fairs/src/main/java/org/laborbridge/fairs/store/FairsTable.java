package org.laborbridge.fairs.store;

import org.laborbridge.fairs.domain.CheckInCode;
import org.laborbridge.fairs.domain.Fair;
import org.laborbridge.fairs.domain.FairKind;
import org.laborbridge.fairs.domain.FairPlan;
import org.laborbridge.fairs.domain.FairStatus;
import org.laborbridge.fairs.domain.Place;
import org.laborbridge.fairs.domain.Registrant;
import org.laborbridge.fairs.domain.Registration;
import org.laborbridge.fairs.domain.RegistrationStatus;
import org.laborbridge.shared.region.Region;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import static org.laborbridge.platform.dynamo.Attributes.n;
import static org.laborbridge.platform.dynamo.Attributes.number;
import static org.laborbridge.platform.dynamo.Attributes.optionalString;
import static org.laborbridge.platform.dynamo.Attributes.putOptional;
import static org.laborbridge.platform.dynamo.Attributes.s;
import static org.laborbridge.platform.dynamo.Attributes.string;
import static org.laborbridge.platform.dynamo.Attributes.strings;

/**
 * The layout of FairsTable (pk/sk, index byRegionStart on gsi1pk/gsi1sk), the one place that knows it.
 *
 * <pre>
 * fair               FAIR#&lt;id&gt;  FAIR                  the plan, taken counts, holders of seats and booths (maps
 *                                                      registration id → time), waitlist ticket counters;
 *                                                      gsi1pk FAIRS#&lt;region&gt;, gsi1sk &lt;startsAt UTC&gt;#&lt;id&gt;
 * registration       FAIR#&lt;id&gt;  REG#&lt;registrationId&gt;   registrant (ids only), status, code, ticket, round, times;
 *                                                      gsi2pk PERSON#&lt;WORKER#id or EMPLOYER#account&gt;,
 *                                                      gsi2sk &lt;registeredAt UTC&gt;#&lt;fairId&gt; (index byPerson)
 * waitlist entry     FAIR#&lt;id&gt;  WAIT#&lt;place&gt;#&lt;ticket, 12 digits&gt;   registrationId: first in line sorts first
 * check-in code      FAIR#&lt;id&gt;  CODE#&lt;code&gt;           registrationId
 * </pre>
 */
public final class FairsTable {

  public static final String PK = "pk";
  public static final String SK = "sk";
  public static final String GSI1PK = "gsi1pk";
  public static final String GSI1SK = "gsi1sk";
  public static final String BY_REGION_START = "byRegionStart";
  public static final String GSI2PK = "gsi2pk";
  public static final String GSI2SK = "gsi2sk";
  public static final String BY_PERSON = "byPerson";
  static final List<String> KEY = List.of(PK, SK);
  static final List<String> INDEX_KEY = List.of(PK, SK, GSI1PK, GSI1SK);
  static final List<String> PERSON_INDEX_KEY = List.of(PK, SK, GSI2PK, GSI2SK);

  static final String FAIR_PREFIX = "FAIR#";
  static final String FAIR_SK = "FAIR";
  static final String REGISTRATION_PREFIX = "REG#";
  static final String WAIT_PREFIX = "WAIT#";
  static final String CODE_PREFIX = "CODE#";
  static final String REGION_PREFIX = "FAIRS#";
  static final String PERSON_PREFIX = "PERSON#";

  /** What the region index projects: everything a list of fairs shows (template.yaml names the same). */
  public static final List<String> LISTED = List.of("id", "name", "campaignId", "kind", "region", "venue", "startsAt",
      "endsAt", "registrationOpensAt", "registrationClosesAt", "seatCapacity", "seatsTaken", "boothCapacity",
      "boothsTaken", "status");

  static final String ID = "id";
  static final String NAME = "name";
  static final String CAMPAIGN = "campaignId";
  static final String KIND = "kind";
  static final String REGION = "region";
  static final String VENUE = "venue";
  static final String STARTS_AT = "startsAt";
  static final String ENDS_AT = "endsAt";
  static final String OPENS_AT = "registrationOpensAt";
  static final String CLOSES_AT = "registrationClosesAt";
  static final String SEAT_CAPACITY = "seatCapacity";
  static final String SEATS_TAKEN = "seatsTaken";
  static final String BOOTH_CAPACITY = "boothCapacity";
  static final String BOOTHS_TAKEN = "boothsTaken";
  static final String STATUS = "status";
  static final String CREATED_BY = "createdBy";
  static final String CREATED_AT = "createdAt";
  static final String MODIFIED_AT = "modifiedAt";
  static final String CANCELLED_AT = "cancelledAt";
  static final String CANCEL_REASON = "cancelReason";
  static final String VERSION = "version";
  static final String SEAT_HOLDERS = "seatHolders";
  static final String BOOTH_HOLDERS = "boothHolders";
  static final String SEAT_TICKETS = "seatTickets";
  static final String BOOTH_TICKETS = "boothTickets";

  /** The fair's attributes without its holders, which only the capacity writes need. */
  static final List<String> FAIR_ATTRIBUTES = List.of(ID, NAME, CAMPAIGN, KIND, REGION, VENUE, STARTS_AT, ENDS_AT,
      OPENS_AT, CLOSES_AT, SEAT_CAPACITY, SEATS_TAKEN, BOOTH_CAPACITY, BOOTHS_TAKEN, STATUS, CREATED_BY, CREATED_AT,
      MODIFIED_AT, CANCELLED_AT, CANCEL_REASON, VERSION);

  static final String FAIR_ID = "fairId";
  static final String REGISTRATION_ID = "registrationId";
  static final String PLACE = "place";
  static final String WORKER_ID = "workerId";
  static final String EMPLOYER = "employerSubject";
  static final String OWNER = "ownerSubject";
  static final String HOME_REGION = "homeRegion";
  static final String JOB_IDS = "jobIds";
  static final String CODE = "code";
  static final String TICKET = "ticket";
  static final String ROUND = "round";
  static final String ANNOUNCED_ROUND = "announcedRound";
  static final String REGISTERED_AT = "registeredAt";
  static final String CONFIRMED_AT = "confirmedAt";
  static final String CANCELLED_BY = "cancelledBy";
  static final String CHECKED_IN_AT = "checkedInAt";
  static final String CHECKED_IN_BY = "checkedInBy";

  /** Whole seconds in UTC, fixed width: sorts as it reads. */
  private static final DateTimeFormatter SORTABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
      .withZone(ZoneOffset.UTC);

  private FairsTable() {}

  static Map<String, AttributeValue> fairKey(String id) {
    return Map.of(PK, s(FAIR_PREFIX + id), SK, s(FAIR_SK));
  }

  static Map<String, AttributeValue> registrationKey(String fairId, String registrationId) {
    return Map.of(PK, s(FAIR_PREFIX + fairId), SK, s(REGISTRATION_PREFIX + registrationId));
  }

  static Map<String, AttributeValue> waitKey(String fairId, Place place, long ticket) {
    return Map.of(PK, s(FAIR_PREFIX + fairId), SK, s(waitPrefix(place) + String.format("%012d", ticket)));
  }

  static String waitPrefix(Place place) {
    return WAIT_PREFIX + place.name() + "#";
  }

  static Map<String, AttributeValue> codeKey(String fairId, CheckInCode code) {
    return Map.of(PK, s(FAIR_PREFIX + fairId), SK, s(CODE_PREFIX + code.value()));
  }

  static String fairPartition(String fairId) {
    return FAIR_PREFIX + fairId;
  }

  static String personPartition(String personKey) {
    return PERSON_PREFIX + personKey;
  }

  static String regionPartition(Region region) {
    return REGION_PREFIX + region.code();
  }

  static String sortable(Instant instant) {
    return SORTABLE.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  static String holders(Place place) {
    return place == Place.SEAT ? SEAT_HOLDERS : BOOTH_HOLDERS;
  }

  static String taken(Place place) {
    return place == Place.SEAT ? SEATS_TAKEN : BOOTHS_TAKEN;
  }

  static String capacity(Place place) {
    return place == Place.SEAT ? SEAT_CAPACITY : BOOTH_CAPACITY;
  }

  static String tickets(Place place) {
    return place == Place.SEAT ? SEAT_TICKETS : BOOTH_TICKETS;
  }

  static AttributeValue time(Instant instant) {
    return s(instant.toString());
  }

  /** A new fair: nobody holds a place yet, and no ticket was drawn. */
  static Map<String, AttributeValue> newFairItem(Fair fair) {
    Map<String, AttributeValue> item = new HashMap<>(fairKey(fair.id()));
    item.putAll(planAttributes(fair));
    item.put(SEATS_TAKEN, n(0));
    item.put(BOOTHS_TAKEN, n(0));
    item.put(STATUS, s(fair.status().name()));
    item.put(CREATED_BY, s(fair.createdBy()));
    item.put(CREATED_AT, time(fair.createdAt()));
    item.put(VERSION, n(fair.version()));
    item.put(SEAT_HOLDERS, AttributeValue.fromM(Map.of()));
    item.put(BOOTH_HOLDERS, AttributeValue.fromM(Map.of()));
    item.put(SEAT_TICKETS, n(0));
    item.put(BOOTH_TICKETS, n(0));
    return item;
  }

  /** What a change of plan rewrites (and nothing of the places taken). */
  static Map<String, AttributeValue> planAttributes(Fair fair) {
    FairPlan plan = fair.plan();
    Map<String, AttributeValue> item = new HashMap<>();
    item.put(ID, s(fair.id()));
    item.put(NAME, s(plan.name()));
    plan.campaignId().ifPresent(c -> item.put(CAMPAIGN, s(c)));
    item.put(KIND, s(plan.kind().name()));
    item.put(REGION, s(plan.region().code()));
    item.put(VENUE, s(plan.venue()));
    item.put(STARTS_AT, time(plan.startsAt()));
    item.put(ENDS_AT, time(plan.endsAt()));
    item.put(OPENS_AT, time(plan.registrationOpensAt()));
    item.put(CLOSES_AT, time(plan.registrationClosesAt()));
    item.put(SEAT_CAPACITY, n(plan.seats()));
    item.put(BOOTH_CAPACITY, n(plan.booths()));
    item.put(MODIFIED_AT, time(fair.modifiedAt()));
    item.put(GSI1PK, s(regionPartition(plan.region())));
    item.put(GSI1SK, s(sortable(plan.startsAt()) + "#" + fair.id()));
    return item;
  }

  static Fair toFair(Map<String, AttributeValue> item) {
    FairPlan plan = new FairPlan(string(item, NAME), optionalString(item, CAMPAIGN),
        FairKind.valueOf(string(item, KIND)), Region.ofCode(string(item, REGION)), string(item, VENUE),
        instant(item, STARTS_AT), instant(item, ENDS_AT), (int) number(item, SEAT_CAPACITY),
        (int) number(item, BOOTH_CAPACITY), instant(item, OPENS_AT), instant(item, CLOSES_AT));
    return new Fair(string(item, ID), plan, (int) number(item, SEATS_TAKEN), (int) number(item, BOOTHS_TAKEN),
        FairStatus.valueOf(string(item, STATUS)), optionalString(item, CREATED_BY).orElse(""),
        optionalInstant(item, CREATED_AT).orElse(Instant.EPOCH), optionalInstant(item, MODIFIED_AT).orElse(Instant.EPOCH),
        optionalInstant(item, CANCELLED_AT), optionalString(item, CANCEL_REASON),
        item.containsKey(VERSION) ? number(item, VERSION) : 0);
  }

  static Map<String, AttributeValue> registrationItem(Registration registration) {
    Map<String, AttributeValue> item = new HashMap<>(registrationKey(registration.fairId(), registration.id()));
    Registrant registrant = registration.registrant();
    item.put(REGISTRATION_ID, s(registration.id()));
    item.put(FAIR_ID, s(registration.fairId()));
    item.put(GSI2PK, s(personPartition(registrant.personKey())));
    item.put(GSI2SK, s(sortable(registration.registeredAt()) + "#" + registration.fairId()));
    item.put(PLACE, s(registrant.place().name()));
    registrant.workerId().ifPresent(w -> item.put(WORKER_ID, s(w)));
    registrant.employerSubject().ifPresent(e -> item.put(EMPLOYER, s(e)));
    registrant.ownerSubject().ifPresent(o -> item.put(OWNER, s(o)));
    item.put(HOME_REGION, s(registrant.homeRegion().code()));
    item.put(JOB_IDS, strings(registrant.jobIds()));
    item.put(STATUS, s(registration.status().name()));
    item.put(CODE, s(registration.code().value()));
    registration.ticket().ifPresent(t -> item.put(TICKET, n(t)));
    item.put(ROUND, n(registration.round()));
    item.put(ANNOUNCED_ROUND, n(registration.announcedRound()));
    item.put(REGISTERED_AT, time(registration.registeredAt()));
    putOptional(item, CONFIRMED_AT, registration.confirmedAt().orElse(null));
    putOptional(item, CANCELLED_AT, registration.cancelledAt().orElse(null));
    putOptional(item, CANCELLED_BY, registration.cancelledBy().orElse(null));
    putOptional(item, CHECKED_IN_AT, registration.checkedInAt().orElse(null));
    putOptional(item, CHECKED_IN_BY, registration.checkedInBy().orElse(null));
    return item;
  }

  static Registration toRegistration(Map<String, AttributeValue> item) {
    Registrant registrant = new Registrant(Place.valueOf(string(item, PLACE)), optionalString(item, WORKER_ID),
        optionalString(item, EMPLOYER), optionalString(item, OWNER), Region.ofCode(string(item, HOME_REGION)),
        org.laborbridge.platform.dynamo.Attributes.strings(item, JOB_IDS));
    return new Registration(string(item, REGISTRATION_ID), string(item, FAIR_ID), registrant,
        RegistrationStatus.valueOf(string(item, STATUS)), new CheckInCode(string(item, CODE)),
        item.containsKey(TICKET) ? OptionalLong.of(number(item, TICKET)) : OptionalLong.empty(),
        (int) number(item, ROUND), item.containsKey(ANNOUNCED_ROUND) ? (int) number(item, ANNOUNCED_ROUND) : 0,
        instant(item, REGISTERED_AT), optionalInstant(item, CONFIRMED_AT),
        optionalInstant(item, CANCELLED_AT), optionalString(item, CANCELLED_BY), optionalInstant(item, CHECKED_IN_AT),
        optionalString(item, CHECKED_IN_BY));
  }

  private static Instant instant(Map<String, AttributeValue> item, String name) {
    return Instant.parse(string(item, name));
  }

  private static Optional<Instant> optionalInstant(Map<String, AttributeValue> item, String name) {
    return optionalString(item, name).map(Instant::parse);
  }
}
