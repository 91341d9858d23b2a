package org.laborbridge.campaigns.api;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every sample in events/campaigns, read as the Lambda runtime reads it, is handled as its README says. */
class CampaignsEventSamplesTest extends CampaignsHandlerTest {

  private static final String WORKER = "7d9c2e1a-3b4f-4c5d-8e6f-0a1b2c3d4e5f";

  private final PojoSerializer<APIGatewayV2HTTPEvent> httpEvents =
      LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class, getClass().getClassLoader());
  private final PojoSerializer<SQSEvent> sqsEvents = LambdaEventSerializers.serializerFor(SQSEvent.class,
      getClass().getClassLoader());

  @Test
  void every_sample_event_is_handled_as_documented() throws IOException {
    Path folder = RepositoryRoot.find().resolve("events/campaigns");
    List<Path> samples;
    try (Stream<Path> files = Files.list(folder)) {
      samples = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertEquals(List.of("01-list-campaigns.json", "02-add-campaign.json", "03-get-campaign.json",
        "04-change-campaign.json", "05-campaign-day.schedule.json", "06-audience-page.sqs.json"),
        samples.stream().map(p -> p.getFileName().toString()).toList());
    lambdas.worker(WORKER, "513401", List.of("33"), false, List.of(), List.of("INBOX", "SMS"), "worker-li-wei");
    lambdas.fair("fair-ningbo-spring-2027", "33", "Spring Breeze special fair, Ningbo", "spring-breeze-2027",
        Instant.parse("2027-02-10T01:00:00Z"), "SCHEDULED");
    lambdas.job("job-ningbo-welder-01", "33", "Welder (ship hull sections)", "2027-01-10T00:00:00.000000000Z",
        "2027-03-31");

    List<JsonNode> sent = new ArrayList<>();
    for (Path sample : samples) {
      String name = sample.getFileName().toString();
      String text = Files.readString(sample, StandardCharsets.UTF_8);
      if (name.endsWith(".schedule.json")) {
        lambdas.clock.set(nineOClock(LocalDate.of(2027, 1, 25)));
        Map<String, Object> input = CampaignsLambdas.JSON.readValue(text, new TypeReference<>() {});
        String outcome = lambdas.schedule.handleRequest(input, new MockLambdaContext());
        assertEquals("day=2027-01-25 campaigns=1 pagesQueued=9 runsDone=0 notices=9", outcome);
        sent.addAll(lambdas.take("PushQueue"));
      } else if (name.endsWith(".sqs.json")) {
        SQSEvent event = sqsEvents.fromJson(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertTrue(lambdas.handle(event.getRecords()).isEmpty(), name + " failed");
        sent.addAll(lambdas.take("PushQueue"));
        lambdas.runFanOut().forEach(sent::addAll);
      } else {
        APIGatewayV2HTTPEvent event = httpEvents.fromJson(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        ApiGatewayResponse response = lambdas.send(event);
        JsonNode body = response.json();
        switch (name.substring(0, 2)) {
          case "01" -> {
            assertEquals(200, response.status(), response::toString);
            assertEquals(List.of("spring-breeze-2027", "private-enterprise-service-month-2027",
                "golden-autumn-recruitment-month-2027", "employment-assistance-month-2027"), ids(body.path("items")));
          }
          case "02" -> {
            assertEquals(201, response.status(), response::toString);
            assertEquals("migrant-workers-return-week-2027", body.path("id").asText());
          }
          case "03" -> {
            assertEquals(200, response.status(), response::toString);
            assertEquals("Spring Breeze Action 2027", body.path("name").asText());
          }
          case "04" -> {
            assertEquals(200, response.status(), response::toString);
            assertEquals(2, body.path("version").asInt());
            assertEquals("fair-ningbo-spring-2027", body.path("reminders").get(0).path("fairId").asText());
          }
          default -> throw new AssertionError("no expectation for " + name);
        }
      }
    }

    List<JsonNode> toWorker = sent.stream().filter(m -> m.path("type").asText().equals("campaign.message.requested"))
        .toList();
    assertEquals(1, toWorker.size(), "the sample page and the page the schedule queued are one page");
    assertTrue(toWorker.get(0).path("data").path("message").asText().startsWith("Spring Breeze Action 2027 has begun"));
    assertEquals("fair-ningbo-spring-2027", toWorker.get(0).path("data").path("fairs").get(0).path("id").asText());
    assertEquals(9, noticeRegions(sent).size());
  }

  private static List<String> ids(JsonNode items) {
    List<String> ids = new ArrayList<>();
    items.forEach(i -> ids.add(i.path("id").asText()));
    return ids;
  }
}
