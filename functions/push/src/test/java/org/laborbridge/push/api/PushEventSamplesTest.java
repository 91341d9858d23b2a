package org.laborbridge.push.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.laborbridge.localaws.RepositoryRoot;
import org.laborbridge.platform.testing.ApiGatewayResponse;
import org.laborbridge.push.Receiver;
import org.laborbridge.shared.webhook.Verification;
import org.laborbridge.shared.webhook.WebhookSecret;
import org.laborbridge.shared.webhook.WebhookVerifier;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every sample in events/push, read as the Lambda runtime reads it, is handled as documented. */
class PushEventSamplesTest extends PushHandlerTest {

  private static final String SAMPLE_GATEWAY = "https://sms-gateway.sc.example/laborbridge/pushes";
  private static final Map<String, Integer> HTTP_STATUS = Map.of(
      "01-register-endpoint.json", 201, "02-list-endpoints.json", 200, "03-get-endpoint.json", 200,
      "06-worker-inbox.json", 200, "07-mark-read.json", 200, "08-job-reach.json", 200);

  private final Receiver gateway = Receiver.start();
  private final PojoSerializer<APIGatewayV2HTTPEvent> httpEvents =
      LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class, getClass().getClassLoader());
  private final PojoSerializer<SQSEvent> sqsEvents = LambdaEventSerializers.serializerFor(SQSEvent.class, getClass().getClassLoader());

  @AfterAll
  void stopGateway() {
    gateway.close();
  }

  @Test
  void every_sample_event_is_handled_as_documented() throws IOException {
    Path folder = RepositoryRoot.find().resolve("events/push");
    List<Path> samples;
    try (Stream<Path> files = Files.list(folder)) {
      samples = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertEquals(List.of("01-register-endpoint.json", "02-list-endpoints.json", "03-get-endpoint.json",
        "04-push-requested.sqs.json", "05-webhook-deliver.sqs.json", "06-worker-inbox.json", "07-mark-read.json",
        "08-job-reach.json", "09-release-deferred.schedule.json", "10-notice-requested.sqs.json",
        "11-campaign-message-requested.sqs.json"), samples.stream().map(p -> p.getFileName().toString()).toList());

    String secret = null;
    for (Path sample : samples) {
      String name = sample.getFileName().toString();
      String text = Files.readString(sample, StandardCharsets.UTF_8).replace(SAMPLE_GATEWAY, gateway.url("/sms").toString());
      if (name.endsWith(".sqs.json")) {
        SQSEvent event = sqsEvents.fromJson(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertTrue(function.handle(event.getRecords()).isEmpty(), name + " failed");
        function.drainQueue();
      } else if (name.endsWith(".schedule.json")) {
        Map<String, Object> input = PushFunction.JSON.readValue(text, new TypeReference<>() {});
        assertTrue(function.schedule.handleRequest(input, new io.micronaut.function.aws.proxy.MockLambdaContext()).startsWith("released="));
      } else {
        APIGatewayV2HTTPEvent event = httpEvents.fromJson(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        ApiGatewayResponse response = function.send(event);
        assertEquals(HTTP_STATUS.get(name), response.status(), () -> name + " answered " + response);
        if (name.startsWith("01-")) {
          secret = response.json().path("secret").asText();
        }
        if (name.startsWith("06-")) {
          assertEquals("Welder (ship hull sections)", response.json().path("items").get(0).path("job").path("title").asText());
        }
        if (name.startsWith("08-")) {
          JsonNode counts = response.json().path("counts");
          assertEquals(1, counts.path("pushed").asInt());
          assertEquals(1, counts.path("read").asInt());
        }
      }
    }

    List<Receiver.Received> received = gateway.received();
    assertEquals(4, received.size());
    assertEquals("job.pushed", PushFunction.JSON.readTree(received.get(0).body()).path("type").asText());
    assertEquals("transfer.accepted", PushFunction.JSON.readTree(received.get(1).body()).path("type").asText());
    JsonNode cancelled = PushFunction.JSON.readTree(received.get(2).body());
    assertEquals("fair.cancelled", cancelled.path("type").asText());
    assertEquals("fair-2027-spring-ningbo", cancelled.path("data").path("fairId").asText());
    JsonNode campaign = PushFunction.JSON.readTree(received.get(3).body());
    assertEquals("campaign.message", campaign.path("type").asText());
    assertEquals("fair-2027-spring-chengdu", campaign.path("data").path("fairId").asText());
    JsonNode inbox = function.send(org.laborbridge.platform.testing.ApiGatewayRequests
        .get("/v1/workers/7d9c2e1a-3b4f-4c5d-8e6f-0a1b2c3d4e5f/matches").asWorker("worker-li-wei").event()).json();
    assertEquals(List.of("CAMPAIGN", "JOB"), List.of(inbox.path("items").get(0).path("kind").asText(),
        inbox.path("items").get(1).path("kind").asText()));
    for (Receiver.Received delivery : received) {
      assertEquals(Verification.VERIFIED, WebhookVerifier.verify(delivery.headers(), delivery.body(),
          List.of(WebhookSecret.parse(secret)), function.clock.instant()));
    }
  }
}
