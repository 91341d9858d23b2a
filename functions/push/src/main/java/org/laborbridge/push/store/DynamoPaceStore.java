package org.laborbridge.push.store;

import org.laborbridge.platform.dynamo.Attributes;
import org.laborbridge.push.domain.PaceStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.laborbridge.push.store.DeliveriesTable.EXPIRES_AT;
import static org.laborbridge.push.store.DeliveriesTable.PUSHES;

/**
 * A worker's pushes of one day, as a set of job ids on one item: one conditional update both checks the limit and
 * counts the push, and a push already in the set passes again without counting twice.
 */
public final class DynamoPaceStore implements PaceStore {

  private final DynamoDbClient dynamoDb;
  private final String tableName;

  public DynamoPaceStore(DynamoDbClient dynamoDb, String tableName) {
    this.dynamoDb = dynamoDb;
    this.tableName = tableName;
  }

  @Override
  public boolean claim(String workerId, LocalDate day, String pushId, int dailyLimit, Instant forgetAfter) {
    try {
      dynamoDb.updateItem(r -> r.tableName(tableName).key(DeliveriesTable.paceKey(workerId, day))
          .updateExpression("ADD #pushes :ids SET #expires = :expires")
          .conditionExpression("attribute_not_exists(#pushes) OR size(#pushes) < :limit OR contains(#pushes, :id)")
          .expressionAttributeNames(Map.of("#pushes", PUSHES, "#expires", EXPIRES_AT))
          .expressionAttributeValues(Map.of(
              ":ids", AttributeValue.fromSs(java.util.List.of(pushId)),
              ":id", Attributes.s(pushId),
              ":limit", Attributes.n(dailyLimit),
              ":expires", DeliveriesTable.epochSeconds(forgetAfter))));
      return true;
    } catch (ConditionalCheckFailedException dayFull) {
      return false;
    }
  }
}
