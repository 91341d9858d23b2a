package org.laborbridge.matching.api;

import io.micronaut.function.aws.proxy.MockLambdaContext;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The constructor Lambda calls configures the handler from the environment alone, as template.yaml sets it. */
class LambdaEntryTest extends MatchingHandlerTest {

  @Test
  void the_no_argument_constructor_reads_its_tables_and_queue_from_the_environment() {
    // System properties stand in for MATCHING_CANDIDATES_TABLE and friends: Micronaut reads both the same way.
    Map<String, String> environment = Map.of(
        "matching.candidates-table", stack.tableName("CandidatesTable"),
        "matching.matches-table", stack.tableName("MatchesTable"),
        "matching.push-queue-url", stack.queueUrl("PushQueue"),
        "aws.endpoints.dynamodb", aws.backend().dynamoDbEndpoint().toString(),
        "aws.endpoints.sqs", aws.backend().sqsEndpoint().toString());
    environment.forEach(System::setProperty);
    try (MatchingQueueHandler handler = new MatchingQueueHandler()) {
      var response = handler.handleRequest(MatchingFunction.event(List.of(Events.worker("w-lambda").wants("54").registered(),
          Events.job("job-lambda").in("54").posted())), new MockLambdaContext());

      assertEquals(List.of(), MatchingFunction.failedIds(response));
    } finally {
      environment.keySet().forEach(System::clearProperty);
    }
    assertEquals(List.of("w-lambda"), matchedWorkers("job-lambda"));
  }
}
