package org.laborbridge.jobs.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import org.junit.jupiter.api.Test;
import org.laborbridge.localaws.RepositoryRoot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.laborbridge.platform.testing.ApiGatewayResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every sample in events/jobs, read as the Lambda runtime reads it, is served as documented. */
class JobsEventSamplesTest extends JobsHandlerTest {

  /** The samples' webhooks were signed at this moment. */
  private static final Instant SIGNED_AT = Instant.parse("2026-11-27T00:00:00Z");
  private static final Map<String, Integer> EXPECTED = Map.ofEntries(
      Map.entry("01-register-partner.json", 201), Map.entry("02-webhook-job-posted.json", 200),
      Map.entry("03-webhook-worker-registered.json", 200), Map.entry("04-webhook-job-updated.json", 200),
      Map.entry("05-webhook-job-closed.json", 200), Map.entry("06-post-job.json", 201),
      Map.entry("07-get-job.json", 200), Map.entry("08-list-jobs.json", 200), Map.entry("09-job-changes.json", 200),
      Map.entry("10-close-job.json", 200), Map.entry("11-register-worker.json", 201),
      Map.entry("12-get-worker.json", 200), Map.entry("13-change-worker.json", 200),
      Map.entry("14-list-partners.json", 200), Map.entry("15-get-partner.json", 200),
      Map.entry("16-rotate-partner-secrets.json", 200), Map.entry("17-disable-partner.json", 200),
      Map.entry("18-enable-partner.json", 200));

  private final PojoSerializer<APIGatewayV2HTTPEvent> serializer =
      LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class, getClass().getClassLoader());

  @Override
  Instant startsAt() {
    return SIGNED_AT;
  }

  @Test
  void every_sample_event_is_answered_as_documented() throws IOException {
    Path folder = RepositoryRoot.find().resolve("events/jobs");
    List<Path> samples;
    try (Stream<Path> files = Files.list(folder)) {
      samples = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertEquals(EXPECTED.keySet().stream().sorted().toList(), samples.stream().map(p -> p.getFileName().toString()).toList());
    String selfRegisteredWorker = null;
    for (Path sample : samples) {
      String text = Files.readString(sample, StandardCharsets.UTF_8);
      if (selfRegisteredWorker != null) {
        text = text.replace("REPLACE-WITH-YOUR-WORKER-ID", selfRegisteredWorker);
      }
      APIGatewayV2HTTPEvent event;
      try (InputStream in = new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
        event = serializer.fromJson(in);
      }
      ApiGatewayResponse response = function.send(event);
      String name = sample.getFileName().toString();
      assertEquals(EXPECTED.get(name), response.status(), () -> name + " answered " + response);
      if (name.startsWith("11-")) {
        selfRegisteredWorker = response.json().path("id").asText();
      }
      if (name.startsWith("07-")) {
        assertEquals("45c80ea3-eea8-397a-8ee4-107c050631a7", response.json().path("id").asText());
      }
      if (name.startsWith("12-")) {
        assertEquals("512000********1231", response.json().path("identityNumber").asText());
      }
    }
  }
}
