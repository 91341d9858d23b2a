package org.laborbridge.fairs.store;

import org.laborbridge.fairs.domain.WorkerDirectory;
import org.laborbridge.platform.dynamo.JobsWorkerRecords;

import java.util.Optional;

/** Who a worker id belongs to, read from jobs' WorkersTable (read-only) through the platform's shared reader. */
public final class DynamoWorkerDirectory implements WorkerDirectory {

  private final JobsWorkerRecords workers;

  public DynamoWorkerDirectory(JobsWorkerRecords workers) {
    this.workers = workers;
  }

  @Override
  public Optional<WorkerCard> find(String workerId) {
    return workers.find(workerId).map(w -> new WorkerCard(w.id(), w.homeRegion(), w.ownAccount()));
  }
}
