package org.laborbridge.jobs.store;

import org.laborbridge.jobs.domain.JobPosting;
import org.laborbridge.jobs.domain.JobStatus;
import org.laborbridge.jobs.domain.JobStore;
import org.laborbridge.platform.dynamo.Attributes;
import org.laborbridge.platform.dynamo.Cursors;
import org.laborbridge.platform.dynamo.QueryPages;
import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;
import org.laborbridge.shared.identity.OccupationCode;
import org.laborbridge.shared.region.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.laborbridge.platform.dynamo.Attributes.n;
import static org.laborbridge.platform.dynamo.Attributes.s;

/** Job postings in DynamoDB: conditional writes for posts and changes, queries (never scans) for lists. */
public final class DynamoJobStore implements JobStore {

  /** How long an Idempotency-Key holds: a day, as in the IETF Idempotency-Key draft's examples. */
  static final Duration IDEMPOTENCY_RETENTION = Duration.ofHours(24);
  /** Month partitions walked by one changes-feed request; past it the page ends short with a cursor. */
  private static final int MAX_MONTHS_PER_PAGE = 24;
  private static final int CLAIM_ATTEMPTS = 3;

  private final DynamoDbClient dynamoDb;
  private final String tableName;

  public DynamoJobStore(DynamoDbClient dynamoDb, String tableName) {
    this.dynamoDb = dynamoDb;
    this.tableName = tableName;
  }

  @Override
  public boolean insert(JobPosting job) {
    try {
      dynamoDb.putItem(r -> r.tableName(tableName).item(JobsTable.toItem(job))
          .conditionExpression("attribute_not_exists(#pk)")
          .expressionAttributeNames(Map.of("#pk", JobsTable.PK)));
      return true;
    } catch (ConditionalCheckFailedException alreadyPosted) {
      return false;
    }
  }

  @Override
  public Optional<JobPosting> find(String id) {
    // Consistent: the domain reads just before a versioned write, and after losing an insert race.
    Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(tableName).key(JobsTable.jobKey(id))
        .consistentRead(true)).item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(JobsTable.toJob(item));
  }

  @Override
  public boolean replace(JobPosting job) {
    try {
      dynamoDb.putItem(r -> r.tableName(tableName).item(JobsTable.toItem(job))
          .conditionExpression("#version = :previous")
          .expressionAttributeNames(Map.of("#version", JobsTable.VERSION))
          .expressionAttributeValues(Map.of(":previous", n(job.version() - 1))));
      return true;
    } catch (ConditionalCheckFailedException someoneElseWon) {
      return false;
    }
  }

  @Override
  public Page<JobPosting> list(Region region, JobStatus status, Optional<OccupationCode> occupation, LocalDate today,
      PageRequest page) {
    String partition = JobsTable.regionStatusPartition(region, status);
    Map<String, AttributeValue> startAfter = page.cursor()
        .map(cursor -> listPosition(cursor, partition))
        .orElse(Map.of());
    Map<String, String> names = new HashMap<>(Map.of("#pk", JobsTable.GSI1PK));
    Map<String, AttributeValue> values = new HashMap<>(Map.of(":pk", s(partition)));
    List<String> filters = new ArrayList<>();
    if (status == JobStatus.ACTIVE) {
      names.put("#validThrough", JobsTable.VALID_THROUGH);
      values.put(":today", s(today.toString()));
      filters.add("#validThrough >= :today");
    }
    occupation.ifPresent(code -> {
      names.put("#occupation", JobsTable.OCCUPATION);
      values.put(":occupation", s(code.value()));
      filters.add("#occupation = :occupation");
    });
    QueryRequest query = QueryRequest.builder().tableName(tableName).indexName(JobsTable.BY_REGION_STATUS)
        .keyConditionExpression("#pk = :pk")
        .filterExpression(filters.isEmpty() ? null : String.join(" AND ", filters))
        .expressionAttributeNames(names).expressionAttributeValues(values)
        .scanIndexForward(false)
        .build();
    QueryPages.Slice slice = QueryPages.read(dynamoDb, query, startAfter, page.limit(), JobsTable.BY_REGION_STATUS_KEY);
    return new Page<>(slice.items().stream().map(JobsTable::toJob).toList(), slice.resumeAfter().map(Cursor::encode));
  }

  private static Map<String, AttributeValue> listPosition(String cursor, String partition) {
    Map<String, AttributeValue> key = Cursor.decode(cursor, JobsTable.BY_REGION_STATUS_KEY, false).key();
    // A cursor of another region's or status's list: DynamoDB would refuse it with a 500-looking error.
    if (!key.get(JobsTable.GSI1PK).s().equals(partition) || !key.get(JobsTable.PK).s().startsWith(JobsTable.JOB_PREFIX)) {
      throw Cursors.invalid();
    }
    return key;
  }

  @Override
  public Page<JobPosting> changedSince(Instant since, Instant now, PageRequest page) {
    String from = JobsTable.sortable(since);
    YearMonth first = JobsTable.changesMonth(since);
    YearMonth last = JobsTable.changesMonth(now);
    YearMonth month = first;
    Map<String, AttributeValue> startAfter = Map.of();
    if (page.cursor().isPresent()) {
      Cursor.Position position = Cursor.decode(page.cursor().get(), JobsTable.CHANGES_FEED_KEY, true);
      month = changesPosition(position, first, from);
      startAfter = position.key();
    }
    List<JobPosting> jobs = new ArrayList<>();
    if (month.isAfter(last)) {
      return new Page<>(jobs, Optional.empty());
    }
    for (int walked = 1; ; walked++) {
      QueryRequest query = QueryRequest.builder().tableName(tableName).indexName(JobsTable.CHANGES_FEED)
          .keyConditionExpression("#pk = :pk AND #sk >= :from")
          .expressionAttributeNames(Map.of("#pk", JobsTable.GSI2PK, "#sk", JobsTable.GSI2SK))
          .expressionAttributeValues(Map.of(":pk", s(JobsTable.changesPartition(month)), ":from", s(from)))
          .scanIndexForward(true)
          .build();
      QueryPages.Slice slice = QueryPages.read(dynamoDb, query, startAfter, page.limit() - jobs.size(),
          JobsTable.CHANGES_FEED_KEY);
      slice.items().stream().map(JobsTable::toJob).forEach(jobs::add);
      if (slice.resumeAfter().isPresent()) {
        return new Page<>(jobs, Optional.of(Cursor.encode(Optional.of(month.toString()), slice.resumeAfter().get())));
      }
      if (!month.isBefore(last)) {
        return new Page<>(jobs, Optional.empty());
      }
      month = month.plusMonths(1);
      startAfter = Map.of();
      if (jobs.size() == page.limit() || walked == MAX_MONTHS_PER_PAGE) {
        // Resume at the start of the next month; its partition may turn out empty.
        return new Page<>(jobs, Optional.of(Cursor.encode(Optional.of(month.toString()), Map.of())));
      }
    }
  }

  /** The month a changes-feed cursor resumes in, after checking it could have come from this feed. */
  private static YearMonth changesPosition(Cursor.Position position, YearMonth first, String from) {
    YearMonth month;
    try {
      month = YearMonth.parse(position.month().orElseThrow(Cursors::invalid));
    } catch (DateTimeParseException notAMonth) {
      throw Cursors.invalid();
    }
    if (month.isBefore(first)) {
      throw Cursors.invalid();
    }
    Map<String, AttributeValue> key = position.key();
    if (!key.isEmpty() && (!key.get(JobsTable.GSI2PK).s().equals(JobsTable.changesPartition(month))
        || key.get(JobsTable.GSI2SK).s().compareTo(from) < 0)) {
      throw Cursors.invalid();
    }
    return month;
  }

  @Override
  public Optional<String> claimIdempotencyKey(String scopedKey, String fingerprint, Instant now) {
    Map<String, AttributeValue> claim = JobsTable.idempotencyItem(scopedKey, fingerprint, now.plus(IDEMPOTENCY_RETENTION));
    for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
      try {
        // An expired record counts as absent: TTL deletes late in the cloud, and not at all locally.
        dynamoDb.putItem(r -> r.tableName(tableName).item(claim)
            .conditionExpression("attribute_not_exists(#pk) OR #expiresAt < :now")
            .expressionAttributeNames(Map.of("#pk", JobsTable.PK, "#expiresAt", JobsTable.EXPIRES_AT))
            .expressionAttributeValues(Map.of(":now", n(now.getEpochSecond()))));
        return Optional.empty();
      } catch (ConditionalCheckFailedException claimedBefore) {
        Map<String, AttributeValue> stored = dynamoDb.getItem(r -> r.tableName(tableName)
            .key(JobsTable.idempotencyKey(scopedKey)).consistentRead(true)).item();
        if (stored != null && !stored.isEmpty() && Attributes.number(stored, JobsTable.EXPIRES_AT) >= now.getEpochSecond()) {
          return Optional.of(Attributes.string(stored, JobsTable.FINGERPRINT));
        }
        // Gone or expired between the two calls: claim again.
      }
    }
    throw new IllegalStateException("could not claim an Idempotency-Key after " + CLAIM_ATTEMPTS + " attempts");
  }
}
