package org.laborbridge.transfers.store;

import org.laborbridge.platform.dynamo.JobsWorkerRecords;
import org.laborbridge.transfers.domain.WorkerDirectory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.Optional;

/**
 * Workers as the jobs function keeps them (WorkersTable, read only), through the platform's
 * {@link JobsWorkerRecords}: the id, home region and own account; never the name, identity number or phone.
 */
public final class DynamoWorkerDirectory implements WorkerDirectory {

  private final JobsWorkerRecords records;

  public DynamoWorkerDirectory(DynamoDbClient dynamoDb, String tableName) {
    this.records = new JobsWorkerRecords(dynamoDb, tableName);
  }

  @Override
  public Optional<WorkerRef> find(String workerId) {
    return records.find(workerId).map(r -> new WorkerRef(r.id(), r.homeRegion(), r.ownAccount()));
  }
}
