package org.laborbridge.transfers.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.laborbridge.localaws.RepositoryRoot;
import org.laborbridge.platform.testing.ApiGatewayResponse;
import org.laborbridge.shared.webhook.Verification;
import org.laborbridge.shared.webhook.WebhookVerifier;
import org.laborbridge.transfers.domain.Ids;

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

/** Every sample in events/transfers, read as the Lambda runtime reads it, is answered as documented. */
class TransfersEventSamplesTest extends TransfersHandlerTest {

  /** The samples' webhooks were signed at this moment (08:00 in Shanghai). */
  private static final Instant SIGNED_AT = Instant.parse("2026-11-27T00:00:00Z");
  private static final String T1 = Ids.derivedFrom("transfer", "WORKER", "account-wang", "wang-2026-11-transfer");
  private static final String T2 = Ids.derivedFrom("transfer", "STAFF", "staff-hz-001", "li-2026-11-transfer");
  private static final String T3 = Ids.derivedFrom("transfer", "WORKER", "account-zhang", "zhang-2026-11-transfer");
  private static final String T4 = Ids.derivedFrom("transfer", "STAFF", "staff-hz-001", "zhang-2026-11-transfer-2");
  private static final Map<String, Integer> EXPECTED = Map.ofEntries(
      Map.entry("01-apply.json", 201), Map.entry("02-get-transfer.json", 200),
      Map.entry("03-request-document-upload.json", 201), Map.entry("04-list-documents.json", 200),
      Map.entry("05-webhook-transfer-accepted.json", 200), Map.entry("06-webhook-transfer-out-confirmed.json", 200),
      Map.entry("07-webhook-transfer-funds-sent.json", 200), Map.entry("08-webhook-transfer-completed.json", 200),
      Map.entry("09-apply-by-staff.json", 201), Map.entry("10-decision-accept.json", 200),
      Map.entry("11-out-confirmation.json", 200), Map.entry("12-completion.json", 200),
      Map.entry("13-apply-then-cancel.json", 201), Map.entry("14-cancel.json", 200),
      Map.entry("15-apply-by-staff-then-reject.json", 201), Map.entry("16-decision-reject.json", 200),
      Map.entry("18-worklist.json", 200));
  private static final Map<String, String> STATE_AFTER = Map.of(
      "05-webhook-transfer-accepted.json", "LETTER_SENT", "08-webhook-transfer-completed.json", "COMPLETED",
      "12-completion.json", "COMPLETED", "14-cancel.json", "CANCELLED", "16-decision-reject.json", "REJECTED");

  private final PojoSerializer<APIGatewayV2HTTPEvent> serializer =
      LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class, getClass().getClassLoader());

  @Override
  Instant startsAt() {
    return SIGNED_AT;
  }

  /** The workers the samples name, as the jobs function registered them. */
  @BeforeAll
  void sampleWorkers() {
    seeds.worker("5b0f6c1e-2a3d-4c5e-8f90-1a2b3c4d5e6f", "512000", "account-wang");
    seeds.worker("6c1a7d2f-3b4e-4d6f-9a01-2b3c4d5e6f70", "510100", null);
    seeds.worker("7d2b8e30-4c5f-4e70-8b12-3c4d5e6f7081", "511300", "account-zhang");
  }

  @Test
  void every_sample_event_is_answered_as_documented() throws IOException {
    Path folder = RepositoryRoot.find().resolve("events/transfers");
    List<Path> samples;
    try (Stream<Path> files = Files.list(folder)) {
      samples = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    List<String> names = samples.stream().map(p -> p.getFileName().toString()).toList();
    assertEquals(Stream.concat(EXPECTED.keySet().stream(), Stream.of("17-check-deadlines.schedule.json")).sorted().toList(), names);

    for (Path sample : samples) {
      String name = sample.getFileName().toString();
      byte[] text = Files.readAllBytes(sample);
      if (name.endsWith(".schedule.json")) {
        Map<String, Object> input = TransfersFunction.JSON.readValue(text, new TypeReference<>() {});
        String outcome = function.schedule.handleRequest(input, new MockLambdaContext());
        assertTrue(outcome.startsWith("flagged=0"), outcome);
        continue;
      }
      APIGatewayV2HTTPEvent event = serializer.fromJson(new ByteArrayInputStream(text));
      if (name.contains("-webhook-")) {
        assertEquals(Verification.VERIFIED, WebhookVerifier.verify(event.getHeaders(),
            event.getBody().getBytes(StandardCharsets.UTF_8), List.of(name.contains("accepted") || name.contains("completed")
                ? ZJ_SECRET : SC_SECRET), SIGNED_AT), name + " is signed with its partner's sample secret");
      }
      ApiGatewayResponse response = function.send(event);
      assertEquals(EXPECTED.get(name), response.status(), () -> name + " answered " + response);
      if (STATE_AFTER.containsKey(name)) {
        assertEquals(STATE_AFTER.get(name), response.json().path("state").asText(), name);
      }
      switch (name) {
        case "01-apply.json" -> assertEquals(T1, response.json().path("id").asText());
        case "09-apply-by-staff.json" -> assertEquals(T2, response.json().path("id").asText());
        case "13-apply-then-cancel.json" -> assertEquals(T3, response.json().path("id").asText());
        case "15-apply-by-staff-then-reject.json" -> assertEquals(T4, response.json().path("id").asText());
        case "03-request-document-upload.json" -> {
          JsonNode upload = response.json();
          assertTrue(upload.path("uploadUrl").asText().contains("/transfers/" + T1 + "/documents/"));
          assertEquals("application/pdf", upload.path("headers").path("content-type").asText(upload.toString()));
        }
        case "18-worklist.json" -> {
          List<String> ids = response.json().path("items").findValues("id").stream().map(JsonNode::asText).toList();
          assertEquals(List.of(T2, T1), ids,
              "Zhejiang's completed transfers (applied at the same instant here: then by id, descending)");
          assertTrue(response.json().path("nextCursor").isMissingNode(), "one page");
        }
        case "05-webhook-transfer-accepted.json" -> {
          List<JsonNode> letters = function.takePushQueue();
          assertEquals(1, letters.size());
          assertEquals("transfer.forwarded", letters.get(0).path("data").path("eventType").asText());
        }
        default -> { }
      }
    }
    assertEquals("COMPLETED", read(T1).path("state").asText());
    assertEquals(6, read(T1).path("trail").size(), "applied, accepted, letter sent, confirmed, funds sent, completed");
  }
}
