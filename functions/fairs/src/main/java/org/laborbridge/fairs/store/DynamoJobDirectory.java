package org.laborbridge.fairs.store;

import org.laborbridge.fairs.domain.JobDirectory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import static org.laborbridge.platform.dynamo.Attributes.optionalString;
import static org.laborbridge.platform.dynamo.Attributes.s;

/** Reads, never writes, the jobs function's JobsTable (granted read-only in template.yaml): who posted a job and whether it is open. */
public final class DynamoJobDirectory implements JobDirectory {

  static final String JOB_PREFIX = "JOB#";
  static final String JOB_SK = "JOB";
  static final String STATUS = "status";
  static final String POSTED_BY_KIND = "postedByKind";
  static final String POSTED_BY_ID = "postedById";
  static final String VALID_THROUGH = "validThrough";
  static final String EMPLOYER = "EMPLOYER";
  static final String ACTIVE = "ACTIVE";

  private final DynamoDbClient dynamoDb;
  private final String tableName;

  public DynamoJobDirectory(DynamoDbClient dynamoDb, String tableName) {
    this.dynamoDb = dynamoDb;
    this.tableName = tableName;
  }

  @Override
  public Optional<JobCard> find(String jobId) {
    if (jobId == null || jobId.isBlank() || jobId.length() > 100) {
      return Optional.empty();
    }
    Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(tableName)
        .key(Map.of("pk", s(JOB_PREFIX + jobId), "sk", s(JOB_SK)))
        .projectionExpression("#status, #kind, #by, #valid")
        .expressionAttributeNames(Map.of("#status", STATUS, "#kind", POSTED_BY_KIND, "#by", POSTED_BY_ID,
            "#valid", VALID_THROUGH))).item();
    if (item == null || item.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> employer = optionalString(item, POSTED_BY_KIND).filter(EMPLOYER::equals)
        .flatMap(kind -> optionalString(item, POSTED_BY_ID));
    return Optional.of(new JobCard(jobId, employer, optionalString(item, STATUS).filter(ACTIVE::equals).isPresent(),
        optionalString(item, VALID_THROUGH).map(LocalDate::parse)));
  }
}
