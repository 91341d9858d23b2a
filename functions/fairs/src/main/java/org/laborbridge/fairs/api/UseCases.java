package org.laborbridge.fairs.api;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.laborbridge.fairs.domain.CheckIn;
import org.laborbridge.fairs.domain.ManageFairs;
import org.laborbridge.fairs.domain.RegisterForFair;
import org.laborbridge.fairs.store.CountedFairActivity;
import org.laborbridge.fairs.store.DynamoFairStore;
import org.laborbridge.fairs.store.DynamoJobDirectory;
import org.laborbridge.fairs.store.DynamoRegistrationStore;
import org.laborbridge.fairs.store.DynamoWorkerDirectory;
import org.laborbridge.fairs.store.SqsFairEvents;
import org.laborbridge.platform.counters.ActivityCounters;
import org.laborbridge.platform.dynamo.JobsJobRecords;
import org.laborbridge.platform.dynamo.JobsWorkerRecords;
import org.laborbridge.platform.sqs.EnvelopeSender;
import org.laborbridge.shared.time.ProgrammeClock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.security.SecureRandom;

/** Wires the fairs use cases to their DynamoDB and SQS adapters. */
@Factory
class UseCases {

  @Singleton
  DynamoFairStore fairStore(DynamoDbClient dynamoDb, FairsConfiguration config) {
    return new DynamoFairStore(dynamoDb, config.table());
  }

  @Singleton
  DynamoRegistrationStore registrationStore(DynamoDbClient dynamoDb, FairsConfiguration config) {
    return new DynamoRegistrationStore(dynamoDb, config.table());
  }

  @Singleton
  SqsFairEvents fairEvents(SqsClient sqs, FairsConfiguration config, ProgrammeClock clock) {
    return new SqsFairEvents(new EnvelopeSender(sqs, clock.clock()), config.matchingQueueUrl(), config.pushQueueUrl(),
        clock);
  }

  @Singleton
  ManageFairs manageFairs(DynamoFairStore fairs, DynamoRegistrationStore registrations, SqsFairEvents events,
      ProgrammeClock clock) {
    return new ManageFairs(fairs, registrations, events, clock);
  }

  @Singleton
  RegisterForFair registerForFair(DynamoFairStore fairs, DynamoRegistrationStore registrations, DynamoDbClient dynamoDb,
      FairsConfiguration config, SqsFairEvents events, CountedFairActivity activity, ProgrammeClock clock) {
    // Check-in codes must not be guessable: a strong random source.
    return new RegisterForFair(fairs, registrations,
        new DynamoWorkerDirectory(new JobsWorkerRecords(dynamoDb, config.workersTable())),
        new DynamoJobDirectory(new JobsJobRecords(dynamoDb, config.jobsTable())), events, activity, new SecureRandom(), clock);
  }

  @Singleton
  CheckIn checkIn(DynamoFairStore fairs, DynamoRegistrationStore registrations, CountedFairActivity activity,
      ProgrammeClock clock) {
    return new CheckIn(fairs, registrations, activity, clock);
  }

  @Singleton
  CountedFairActivity fairActivity(DynamoDbClient dynamoDb, FairsConfiguration config) {
    return new CountedFairActivity(new ActivityCounters(dynamoDb, config.countersTable()));
  }
}
