package org.laborbridge.benchmarks;

import org.junit.jupiter.api.Test;
import org.laborbridge.localaws.RepositoryRoot;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A function starts with the first sample of its folder that has the shape its handler takes. */
class SampleChoiceTest {

  private final Path events = RepositoryRoot.find().resolve("events");

  @Test
  void an_http_function_starts_with_the_first_api_gateway_event_of_its_folder() {
    assertEquals(Optional.of(events.resolve("jobs/01-register-partner.json")), FunctionUnderTest.firstSample(
        events.resolve("jobs"), "com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent",
        "org.laborbridge.jobs.api.JobsHttpHandler"));
  }

  @Test
  void a_queue_function_starts_with_the_first_sqs_event_of_its_folder() {
    assertEquals(Optional.of(events.resolve("push/04-push-requested.sqs.json")), FunctionUnderTest.firstSample(
        events.resolve("push"), "com.amazonaws.services.lambda.runtime.events.SQSEvent",
        "org.laborbridge.push.api.PushQueueHandler"));
  }

  @Test
  void a_scheduled_function_starts_with_the_schedule_input_named_most_like_its_handler() {
    assertEquals(Optional.of(events.resolve("push/09-release-deferred.schedule.json")),
        FunctionUnderTest.firstSample(events.resolve("push"), "java.util.Map",
            "org.laborbridge.push.api.DeferredPushesScheduleHandler"));
    assertEquals(Optional.of(events.resolve("transfers/17-check-deadlines.schedule.json")),
        FunctionUnderTest.firstSample(events.resolve("transfers"), "java.util.Map",
            "org.laborbridge.transfers.api.TransferDeadlinesScheduleHandler"));
  }

  @Test
  void a_function_without_a_sample_of_its_shape_has_none_and_is_skipped() {
    assertEquals(Optional.empty(), FunctionUnderTest.firstSample(events.resolve("matching"), "java.util.Map",
        "org.laborbridge.matching.api.MatchingQueueHandler"));
    assertEquals(Optional.empty(), FunctionUnderTest.firstSample(events.resolve("no-such-function"),
        "com.amazonaws.services.lambda.runtime.events.SQSEvent", "org.laborbridge.none.api.NoQueueHandler"));
  }
}
