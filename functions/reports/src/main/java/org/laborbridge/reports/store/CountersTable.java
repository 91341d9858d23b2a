package org.laborbridge.reports.store;

import org.laborbridge.platform.counters.ActivityCounters;
import org.laborbridge.reports.domain.Period;
import org.laborbridge.reports.domain.ReportKind;
import org.laborbridge.shared.region.Region;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

import static org.laborbridge.platform.dynamo.Attributes.s;

/**
 * The layout of CountersTable (template.yaml: pk/sk, no index), which the reports function owns. The counter items
 * follow the contract of the platform's ActivityCounters, which the writers use; the report catalog lives in one
 * partition of its own beside them.
 *
 * <pre>
 * counters  pk COUNTS#M#2026-11 | COUNTS#W#2026-W48   sk REGION#51        one number attribute per metric
 *                                                     sk FLOW#51#33       (home region → region of work)
 * catalog   pk REPORTS                                sk MONTHLY#2026-11  id, kind, period, firstDay, lastDay,
 *                                                     | WEEKLY#2026-W48   status, requestedAt, requestedBy,
 *                                                                         generatedAt, generations, files, itemsRead,
 *                                                                         capacityUnits
 * </pre>
 *
 * A period's counters are one partition of at most 9 region and 81 flow items; the catalog holds one item per report
 * (about 64 a year), listed newest first by sort key.
 */
public final class CountersTable {

  public static final String PK = ActivityCounters.PK;
  public static final String SK = ActivityCounters.SK;

  public static final String CATALOG_PK = "REPORTS";

  // Catalog attributes.
  static final String ID = "id";
  static final String KIND = "kind";
  static final String PERIOD = "period";
  static final String FIRST_DAY = "firstDay";
  static final String LAST_DAY = "lastDay";
  static final String STATUS = "status";
  static final String REQUESTED_AT = "requestedAt";
  static final String REQUESTED_BY = "requestedBy";
  static final String GENERATED_AT = "generatedAt";
  static final String GENERATIONS = "generations";
  static final String FILES = "files";
  static final String KEY = "key";
  static final String BYTES = "bytes";
  static final String ITEMS_READ = "itemsRead";
  static final String CAPACITY_UNITS = "capacityUnits";

  /** Fixed width, so that stored times compare as text in condition expressions. */
  private static final DateTimeFormatter SORTABLE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
      .withZone(ZoneOffset.UTC);

  private CountersTable() {}

  /** The counters partition of a period: the same text ActivityCounters writes to for any moment in it. */
  public static String countersPartition(Period period) {
    return ActivityCounters.PERIOD_PREFIX + (period.kind() == ReportKind.MONTHLY ? ActivityCounters.MONTH : ActivityCounters.WEEK)
        + period.label();
  }

  static String regionKey(Region region) {
    return ActivityCounters.REGION_PREFIX + region.code();
  }

  static String flowKey(Region home, Region destination) {
    return ActivityCounters.FLOW_PREFIX + home.code() + "#" + destination.code();
  }

  /** The region of a REGION# sort key, if it is one of the nine. */
  static Optional<Region> region(String sortKey) {
    return sortKey.startsWith(ActivityCounters.REGION_PREFIX)
        ? Region.find(sortKey.substring(ActivityCounters.REGION_PREFIX.length())) : Optional.empty();
  }

  /** The two regions of a FLOW# sort key, if both are of the nine. */
  static Optional<Region[]> flow(String sortKey) {
    if (!sortKey.startsWith(ActivityCounters.FLOW_PREFIX)) {
      return Optional.empty();
    }
    String[] codes = sortKey.substring(ActivityCounters.FLOW_PREFIX.length()).split("#", -1);
    if (codes.length != 2) {
      return Optional.empty();
    }
    Optional<Region> home = Region.find(codes[0]);
    Optional<Region> destination = Region.find(codes[1]);
    return home.isPresent() && destination.isPresent()
        ? Optional.of(new Region[] {home.get(), destination.get()}) : Optional.empty();
  }

  static String catalogSortKey(Period period) {
    return period.kind().name() + "#" + period.label();
  }

  static String catalogPrefix(ReportKind kind) {
    return kind.name() + "#";
  }

  static Map<String, AttributeValue> catalogKey(Period period) {
    return Map.of(PK, s(CATALOG_PK), SK, s(catalogSortKey(period)));
  }

  static String time(Instant instant) {
    return SORTABLE.format(instant);
  }
}
