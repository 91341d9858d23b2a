package org.laborbridge.jobs.api;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.laborbridge.jobs.domain.ChangeJob;
import org.laborbridge.jobs.domain.FindJobs;
import org.laborbridge.jobs.domain.ManagePartners;
import org.laborbridge.jobs.domain.ManageWorkers;
import org.laborbridge.jobs.domain.PostJob;
import org.laborbridge.jobs.domain.ReceivePartnerWebhook;
import org.laborbridge.jobs.domain.RegisterWorker;
import org.laborbridge.jobs.store.DynamoJobStore;
import org.laborbridge.jobs.store.DynamoPartnerStore;
import org.laborbridge.jobs.store.DynamoWorkerStore;
import org.laborbridge.jobs.store.CountedProgrammeActivity;
import org.laborbridge.jobs.store.SqsProgrammeEvents;
import org.laborbridge.platform.counters.ActivityCounters;
import org.laborbridge.shared.time.ProgrammeClock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Wires the domain's use cases to their DynamoDB and SQS adapters. */
@Factory
class UseCases {

  @Singleton
  DynamoJobStore jobStore(DynamoDbClient dynamoDb, JobsConfiguration config) {
    return new DynamoJobStore(dynamoDb, config.table());
  }

  @Singleton
  DynamoWorkerStore workerStore(DynamoDbClient dynamoDb, JobsConfiguration config) {
    return new DynamoWorkerStore(dynamoDb, config.workersTable());
  }

  @Singleton
  DynamoPartnerStore partnerStore(DynamoDbClient dynamoDb, JobsConfiguration config) {
    return new DynamoPartnerStore(dynamoDb, config.partnersTable());
  }

  @Singleton
  SqsProgrammeEvents events(SqsClient sqs, JobsConfiguration config, ProgrammeClock clock) {
    return new SqsProgrammeEvents(sqs, config.matchingQueueUrl(), clock);
  }

  @Singleton
  PostJob postJob(DynamoJobStore jobs, SqsProgrammeEvents events, CountedProgrammeActivity activity, ProgrammeClock clock) {
    return new PostJob(jobs, events, activity, clock);
  }

  @Singleton
  ChangeJob changeJob(DynamoJobStore jobs, SqsProgrammeEvents events, CountedProgrammeActivity activity,
      ProgrammeClock clock) {
    return new ChangeJob(jobs, events, activity, clock);
  }

  @Singleton
  FindJobs findJobs(DynamoJobStore jobs, ProgrammeClock clock) {
    return new FindJobs(jobs, clock);
  }

  @Singleton
  RegisterWorker registerWorker(DynamoWorkerStore workers, SqsProgrammeEvents events, CountedProgrammeActivity activity,
      ProgrammeClock clock) {
    return new RegisterWorker(workers, events, activity, clock);
  }

  @Singleton
  CountedProgrammeActivity activity(DynamoDbClient dynamoDb, JobsConfiguration config) {
    return new CountedProgrammeActivity(new ActivityCounters(dynamoDb, config.countersTable()));
  }

  @Singleton
  ManageWorkers manageWorkers(DynamoWorkerStore workers, SqsProgrammeEvents events, ProgrammeClock clock) {
    return new ManageWorkers(workers, events, clock);
  }

  @Singleton
  ManagePartners managePartners(DynamoPartnerStore partners, ProgrammeClock clock) {
    return new ManagePartners(partners, clock);
  }

  @Singleton
  ReceivePartnerWebhook receivePartnerWebhook(DynamoPartnerStore partners, ProgrammeClock clock) {
    return new ReceivePartnerWebhook(partners, clock);
  }
}
