package org.laborbridge.reports.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import org.junit.jupiter.api.Test;
import org.laborbridge.localaws.RepositoryRoot;
import org.laborbridge.platform.testing.ApiGatewayResponse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every sample in events/reports, read as the Lambda runtime reads it, is handled as its README says. */
class ReportsEventSamplesTest extends ReportsHandlerTest {

  /** 02:00 in Shanghai on Monday 7 December 2026, when the weekly sample is fired. */
  private static final Instant MONDAY = Instant.parse("2026-12-06T18:00:00Z");

  private final PojoSerializer<APIGatewayV2HTTPEvent> httpEvents =
      LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class, getClass().getClassLoader());
  private final PojoSerializer<SQSEvent> sqsEvents = LambdaEventSerializers.serializerFor(SQSEvent.class, getClass().getClassLoader());

  @Test
  void every_sample_event_is_handled_as_documented() throws IOException {
    Path folder = RepositoryRoot.find().resolve("events/reports");
    List<Path> samples;
    try (Stream<Path> files = Files.list(folder)) {
      samples = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertEquals(List.of("01-request-report.json", "02-report-requested.sqs.json", "03-get-report.json",
        "04-list-reports.json", "05-monthly-report.schedule.json", "06-weekly-report.schedule.json",
        "07-repair-counters.invoke.json"), samples.stream().map(p -> p.getFileName().toString()).toList());
    new Activity(function.counters, Instant.parse("2026-11-12T02:00:00Z")).jobsPosted("33", 8, 2).campaignMessages("51", 40);

    for (Path sample : samples) {
      String name = sample.getFileName().toString();
      byte[] text = Files.readAllBytes(sample);
      switch (name.substring(0, 2)) {
        case "01" -> {
          ApiGatewayResponse response = http(text);
          assertEquals(202, response.status(), response::toString);
          assertEquals("monthly-2026-11", response.json().path("id").asText());
          assertEquals("/v1/reports/monthly-2026-11", response.header("Location"));
          assertEquals(1, function.waitingOnQueue());
        }
        case "02" -> {
          SQSEvent event = sqsEvents.fromJson(new ByteArrayInputStream(text));
          assertTrue(function.handle(event.getRecords()).isEmpty(), name + " failed");
          assertEquals(3, function.reportKeys().size());
        }
        case "03" -> {
          ApiGatewayResponse response = http(text);
          assertEquals(200, response.status(), response::toString);
          assertEquals("READY", response.json().path("status").asText());
          JsonNode csv = response.json().path("files").get(0);
          assertEquals("CSV", csv.path("format").asText());
          assertTrue(new String(function.download(csv.path("url").asText()), StandardCharsets.UTF_8)
              .contains("\r\nZhejiang,33,8,0,16\r\n"));
        }
        case "04" -> {
          ApiGatewayResponse response = http(text);
          assertEquals(200, response.status(), response::toString);
          assertEquals("monthly-2026-11", response.json().path("items").get(0).path("id").asText());
        }
        case "05" -> assertEquals("monthly-2026-11", function.monthly.handleRequest(input(text), new MockLambdaContext()));
        case "06" -> {
          function.clock.set(MONDAY);
          assertEquals("weekly-2026-W49", function.weekly.handleRequest(input(text), new MockLambdaContext()));
        }
        case "07" -> {
          Map<String, Object> answer = function.repair.handleRequest(input(text), new MockLambdaContext());
          assertEquals("monthly-2026-11", answer.get("period"));
        }
        default -> throw new AssertionError("no expectation for " + name);
      }
    }
    // 01's own message, 05's and 06's wait on the queue; generating them all works.
    assertEquals(3, function.drainQueue().size());
  }

  private ApiGatewayResponse http(byte[] text) {
    return function.send(httpEvents.fromJson(new ByteArrayInputStream(text)));
  }

  private static Map<String, Object> input(byte[] text) throws IOException {
    return ReportsFunction.JSON.readValue(text, new TypeReference<>() {});
  }
}
