package org.laborbridge.platform.dynamo;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Reads, never writes, the jobs function's JobsTable (granted read-only in template.yaml), for the functions that
 * must know who posted a job and whether it is open. The layout is the one jobs' JobsTable class owns (item
 * {@code JOB#id}/{@code JOB}; {@code status} ACTIVE or CLOSED; {@code postedByKind} EMPLOYER, STAFF or PARTNER with
 * {@code postedById}; {@code validThrough} a date); a test in the jobs module checks that both agree.
 */
public final class JobsJobRecords {

  static final String PK = "pk";
  static final String SK = "sk";
  static final String JOB_PREFIX = "JOB#";
  static final String JOB_SK = "JOB";
  static final String STATUS = "status";
  static final String POSTED_BY_KIND = "postedByKind";
  static final String POSTED_BY_ID = "postedById";
  static final String VALID_THROUGH = "validThrough";
  static final String ACTIVE = "ACTIVE";
  static final String EMPLOYER = "EMPLOYER";
  private static final int MAX_ID = 128;

  /** @param employerAccount the employer account that posted it, when an employer did */
  public record JobRecord(String id, boolean active, Optional<String> employerAccount, Optional<LocalDate> validThrough) {}

  private final DynamoDbClient dynamoDb;
  private final String tableName;

  public JobsJobRecords(DynamoDbClient dynamoDb, String tableName) {
    this.dynamoDb = dynamoDb;
    this.tableName = tableName;
  }

  public Optional<JobRecord> find(String jobId) {
    if (jobId == null || jobId.isBlank() || jobId.length() > MAX_ID) {
      return Optional.empty();
    }
    Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(tableName)
        .key(Map.of(PK, Attributes.s(JOB_PREFIX + jobId), SK, Attributes.s(JOB_SK)))
        .projectionExpression("#status, #kind, #by, #valid")
        .expressionAttributeNames(Map.of("#status", STATUS, "#kind", POSTED_BY_KIND, "#by", POSTED_BY_ID,
            "#valid", VALID_THROUGH))).item();
    if (item == null || item.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> employer = Attributes.optionalString(item, POSTED_BY_KIND).filter(EMPLOYER::equals)
        .flatMap(kind -> Attributes.optionalString(item, POSTED_BY_ID));
    return Optional.of(new JobRecord(jobId, Attributes.optionalString(item, STATUS).filter(ACTIVE::equals).isPresent(),
        employer, Attributes.optionalString(item, VALID_THROUGH).map(LocalDate::parse)));
  }
}
