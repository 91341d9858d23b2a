package org.laborbridge.matching.api;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.laborbridge.matching.domain.IndexCandidate;
import org.laborbridge.matching.domain.ListOpenJob;
import org.laborbridge.matching.domain.MatchAtFair;
import org.laborbridge.matching.domain.MatchJob;
import org.laborbridge.matching.domain.MatchWorker;
import org.laborbridge.matching.store.DynamoCandidateIndex;
import org.laborbridge.matching.store.DynamoFairRoster;
import org.laborbridge.matching.store.DynamoMatchStore;
import org.laborbridge.matching.store.DynamoOpenJobIndex;
import org.laborbridge.matching.store.SqsPushRequests;
import org.laborbridge.shared.time.ProgrammeClock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Wires matching's use cases to their DynamoDB and SQS adapters. */
@Factory
class UseCases {

  @Singleton
  DynamoCandidateIndex candidateIndex(DynamoDbClient dynamoDb, MatchingConfiguration config) {
    return new DynamoCandidateIndex(dynamoDb, config.candidatesTable());
  }

  @Singleton
  DynamoOpenJobIndex openJobIndex(DynamoDbClient dynamoDb, MatchingConfiguration config) {
    return new DynamoOpenJobIndex(dynamoDb, config.candidatesTable());
  }

  @Singleton
  DynamoMatchStore matchStore(DynamoDbClient dynamoDb, MatchingConfiguration config) {
    return new DynamoMatchStore(dynamoDb, config.matchesTable());
  }

  @Singleton
  DynamoFairRoster fairRoster(DynamoDbClient dynamoDb, MatchingConfiguration config) {
    return new DynamoFairRoster(dynamoDb, config.candidatesTable());
  }

  @Singleton
  SqsPushRequests pushRequests(SqsClient sqs, MatchingConfiguration config, ProgrammeClock clock) {
    return new SqsPushRequests(sqs, config.pushQueueUrl(), clock);
  }

  @Singleton
  IndexCandidate indexCandidate(DynamoCandidateIndex index) {
    return new IndexCandidate(index);
  }

  @Singleton
  MatchWorker matchWorker(IndexCandidate indexCandidate, DynamoOpenJobIndex openJobs, DynamoMatchStore matches,
      SqsPushRequests pushes, ProgrammeClock clock, MatchingConfiguration config) {
    return new MatchWorker(indexCandidate, openJobs, matches, pushes, clock, config.topKOrDefault());
  }

  @Singleton
  MatchJob matchJob(DynamoCandidateIndex index, DynamoOpenJobIndex openJobs, DynamoMatchStore matches,
      SqsPushRequests pushes, ProgrammeClock clock, MatchingConfiguration config) {
    return new MatchJob(index, new ListOpenJob(openJobs, clock), matches, pushes, clock, config.topKOrDefault());
  }

  @Singleton
  MatchAtFair matchAtFair(DynamoFairRoster roster, DynamoCandidateIndex index, DynamoOpenJobIndex openJobs,
      DynamoMatchStore matches, SqsPushRequests pushes, ProgrammeClock clock, MatchingConfiguration config) {
    return new MatchAtFair(roster, index, openJobs, matches, pushes, clock, config.topKOrDefault());
  }
}
