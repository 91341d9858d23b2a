package org.laborbridge.jobs.store;

import org.junit.jupiter.api.Test;
import org.laborbridge.jobs.domain.Ids;
import org.laborbridge.jobs.domain.JobPosting;
import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.junit.LocalAwsTest;
import org.laborbridge.localaws.provision.ProvisionedStack;
import org.laborbridge.platform.dynamo.JobsJobRecords;
import org.laborbridge.platform.dynamo.JobsWorkerRecords;
import org.laborbridge.shared.region.Region;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.laborbridge.jobs.store.Fixtures.NOW;

/**
 * Other functions read workers and jobs through the platform's readers (read-only grants); what jobs writes must be
 * what they read: the worker's own account and home region, the job's poster, status and last day.
 */
@LocalAwsTest
class PlatformReadersAgreeWithJobsTest {

  @Test
  void a_self_registered_worker_reads_back_with_their_account_and_home_region(LocalAws aws, ProvisionedStack stack) {
    DynamoWorkerStore workers = new DynamoWorkerStore(aws.dynamoDb(), stack.tableName("WorkersTable"));
    String id = Ids.random();
    workers.insert(Fixtures.worker(id, Fixtures.identityNumber("51200019900307123")));

    JobsWorkerRecords.WorkerRecord read = new JobsWorkerRecords(aws.dynamoDb(), stack.tableName("WorkersTable"))
        .find(id).orElseThrow();

    assertEquals(new JobsWorkerRecords.WorkerRecord(id, Region.SICHUAN, Optional.of("worker-sub-1")), read);
  }

  @Test
  void an_employers_job_reads_back_with_its_poster_status_and_last_day(LocalAws aws, ProvisionedStack stack) {
    DynamoJobStore jobs = new DynamoJobStore(aws.dynamoDb(), stack.tableName("JobsTable"));
    JobPosting job = Fixtures.posted(Ids.random(), Fixtures.details(), NOW);
    jobs.insert(job);
    JobsJobRecords reader = new JobsJobRecords(aws.dynamoDb(), stack.tableName("JobsTable"));

    JobsJobRecords.JobRecord read = reader.find(job.id()).orElseThrow();
    assertEquals(new JobsJobRecords.JobRecord(job.id(), true, Optional.of("employer-sub-1"),
        Optional.of(job.details().validThrough())), read);

    JobPosting closed = Fixtures.closed(job, NOW.plusSeconds(60));
    jobs.replace(closed);
    assertFalse(reader.find(job.id()).orElseThrow().active());
  }
}
