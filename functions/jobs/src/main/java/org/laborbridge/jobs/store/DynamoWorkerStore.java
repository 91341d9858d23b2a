package org.laborbridge.jobs.store;

import org.laborbridge.jobs.domain.Worker;
import org.laborbridge.jobs.domain.WorkerStore;
import org.laborbridge.platform.dynamo.Attributes;
import org.laborbridge.shared.identity.ResidentIdentityNumber;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.util.Map;
import java.util.Optional;

import static org.laborbridge.platform.dynamo.Attributes.n;

/**
 * Workers in DynamoDB. One worker per identity number rests on one conditional write of a guard item
 * (decision 0001); the worker item follows it. Nothing here logs: items hold identity numbers and phones.
 * Every write puts the whole item (WorkersTable.toItem), so the sparse consent index follows each change of
 * consent in the same single write: granted puts the worker in, withdrawn takes them out.
 */
public final class DynamoWorkerStore implements WorkerStore {

  private final DynamoDbClient dynamoDb;
  private final String tableName;

  public DynamoWorkerStore(DynamoDbClient dynamoDb, String tableName) {
    this.dynamoDb = dynamoDb;
    this.tableName = tableName;
  }

  @Override
  public String claimIdentity(ResidentIdentityNumber identityNumber, String workerId) {
    try {
      dynamoDb.putItem(r -> r.tableName(tableName).item(WorkersTable.guardItem(identityNumber, workerId))
          .conditionExpression("attribute_not_exists(#pk)")
          .expressionAttributeNames(Map.of("#pk", WorkersTable.PK)));
      return workerId;
    } catch (ConditionalCheckFailedException claimedBefore) {
      // Guards are never deleted, so the one that made the write fail is there to read.
      Map<String, AttributeValue> guard = dynamoDb.getItem(r -> r.tableName(tableName)
          .key(WorkersTable.guardKey(identityNumber)).consistentRead(true)).item();
      return Attributes.string(guard, WorkersTable.WORKER_ID);
    }
  }

  @Override
  public boolean insert(Worker worker) {
    try {
      dynamoDb.putItem(r -> r.tableName(tableName).item(WorkersTable.toItem(worker))
          .conditionExpression("attribute_not_exists(#pk)")
          .expressionAttributeNames(Map.of("#pk", WorkersTable.PK)));
      return true;
    } catch (ConditionalCheckFailedException alreadyRegistered) {
      return false;
    }
  }

  @Override
  public Optional<Worker> find(String id) {
    // Consistent: registration reads right after the guard write, and changes read before a versioned write.
    Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(tableName).key(WorkersTable.workerKey(id))
        .consistentRead(true)).item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(WorkersTable.toWorker(item));
  }

  @Override
  public boolean replace(Worker worker) {
    try {
      dynamoDb.putItem(r -> r.tableName(tableName).item(WorkersTable.toItem(worker))
          .conditionExpression("#version = :previous")
          .expressionAttributeNames(Map.of("#version", WorkersTable.VERSION))
          .expressionAttributeValues(Map.of(":previous", n(worker.version() - 1))));
      return true;
    } catch (ConditionalCheckFailedException someoneElseWon) {
      return false;
    }
  }
}
