package org.laborbridge.matching.api;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import org.junit.jupiter.api.Test;
import org.laborbridge.localaws.RepositoryRoot;
import org.laborbridge.shared.message.Envelope;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every sample in events/matching, read as the Lambda runtime reads it, is handled as its README says. */
class MatchingEventSamplesTest extends MatchingHandlerTest {

  private final PojoSerializer<SQSEvent> serializer =
      LambdaEventSerializers.serializerFor(SQSEvent.class, getClass().getClassLoader());

  @Test
  void the_sample_worker_is_matched_with_the_sample_job_and_one_push_is_requested() throws IOException {
    Path folder = RepositoryRoot.find().resolve("events/matching");
    List<Path> samples;
    try (Stream<Path> files = Files.list(folder)) {
      samples = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertEquals(List.of("01-worker-registered.json", "02-job-posted.json"),
        samples.stream().map(p -> p.getFileName().toString()).toList());

    for (int round = 0; round < 2; round++) {
      for (Path sample : samples) {
        SQSEvent event;
        try (InputStream in = Files.newInputStream(sample)) {
          event = serializer.fromJson(in);
        }
        assertEquals("arn:aws:sqs:us-east-1:123456789012:laborbridge-dev-MatchingQueue-1A2B3C4D5E6F",
            event.getRecords().get(0).getEventSourceArn());
        SQSBatchResponse response = function.send(event);
        assertEquals(List.of(), MatchingFunction.failedIds(response), sample.getFileName().toString());
      }
    }

    assertEquals(List.of("ffeb7a4f-211b-3a20-a810-3c68777879f1"), matchedWorkers("05340ebe-bf05-34a1-b567-64c25d108bcf"));
    List<Envelope> pushes = takePushes();
    assertEquals(1, pushes.size(), "fed twice, pushed once");
    assertEquals("86.00", pushes.get(0).data().get("score").decimalValue().toPlainString());
    assertEquals("[\"same occupation\",\"shared skills 100%\",\"pays 8% above expectation\",\"accommodation offered\","
        + "\"transport offered\",\"labor brand\",\"priority group\"]", pushes.get(0).data().get("reasons").toString());
  }
}
