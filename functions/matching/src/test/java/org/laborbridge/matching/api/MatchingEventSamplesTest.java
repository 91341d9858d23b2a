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
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every sample in events/matching, read as the Lambda runtime reads it, is handled as its README says. */
class MatchingEventSamplesTest extends MatchingHandlerTest {

  private final PojoSerializer<SQSEvent> serializer =
      LambdaEventSerializers.serializerFor(SQSEvent.class, getClass().getClassLoader());

  @Test
  void the_sample_worker_gets_the_sample_job_they_wanted_and_the_one_they_met_at_the_fair_with_one_push_each()
      throws IOException {
    Path folder = RepositoryRoot.find().resolve("events/matching");
    List<Path> samples;
    try (Stream<Path> files = Files.list(folder)) {
      samples = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertEquals(List.of("01-worker-registered.json", "02-job-posted.json", "03-fair-registration-confirmed.sqs.json"),
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

    String worker = "ffeb7a4f-211b-3a20-a810-3c68777879f1";
    String ningbo = "05340ebe-bf05-34a1-b567-64c25d108bcf";
    String chongqing = "febcef0d-031c-32c5-a6e9-0bd4cf1bf002";
    assertEquals(List.of(worker), matchedWorkers(ningbo));
    assertEquals(List.of(worker), matchedWorkers(chongqing), "met at the fair: the worker named Jiangsu and Zhejiang only");
    Map<String, Envelope> pushes = takePushes().stream()
        .collect(Collectors.toMap(push -> push.data().get("jobId").asText(), push -> push));
    assertEquals(Set.of(ningbo, chongqing), pushes.keySet(), "fed twice, pushed once each");
    assertEquals("86.00", pushes.get(ningbo).data().get("score").decimalValue().toPlainString());
    assertEquals("[\"same occupation\",\"shared skills 100%\",\"pays 8% above expectation\",\"accommodation offered\","
        + "\"transport offered\",\"labor brand\",\"priority group\"]", pushes.get(ningbo).data().get("reasons").toString());
    // (40 + 20 x 1/3 + 20 x 1/6 + 6 + 5) x 1.2: scored as anywhere, the fair adds its reason and no points.
    assertEquals("73.20", pushes.get(chongqing).data().get("score").decimalValue().toPlainString());
    assertEquals("[\"same occupation\",\"shared skills 33%\",\"pays 17% above expectation\",\"neighbouring province\","
        + "\"accommodation offered\",\"priority group\",\"registered for the same fair\"]",
        pushes.get(chongqing).data().get("reasons").toString());
  }
}
