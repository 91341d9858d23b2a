package org.laborbridge.fairs.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.laborbridge.localaws.RepositoryRoot;
import org.laborbridge.platform.testing.ApiGatewayResponse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every sample in events/fairs, read as the Lambda runtime reads it, is answered as its README says. */
class FairsEventSamplesTest extends FairsHandlerTest {

  private static final Map<String, Integer> STATUS = new LinkedHashMap<>();

  static {
    STATUS.put("01-plan-fair.json", 201);
    STATUS.put("02-list-fairs.json", 200);
    STATUS.put("03-get-fair.json", 200);
    STATUS.put("04-register-worker.json", 201);
    STATUS.put("05-register-employer.json", 201);
    STATUS.put("06-get-registration.json", 200);
    STATUS.put("07-list-registrations.json", 200);
    STATUS.put("08-change-fair.json", 200);
    STATUS.put("09-check-in.json", 200);
    STATUS.put("10-cancel-registration.json", 409);
    STATUS.put("11-cancel-fair.json", 200);
    STATUS.put("12-own-registrations.json", 200);
  }

  private final PojoSerializer<APIGatewayV2HTTPEvent> httpEvents =
      LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class, getClass().getClassLoader());

  @Test
  void every_sample_event_is_answered_as_documented() throws IOException {
    Path folder = RepositoryRoot.find().resolve("events/fairs");
    List<Path> samples;
    try (Stream<Path> files = Files.list(folder)) {
      samples = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertEquals(List.copyOf(STATUS.keySet()), samples.stream().map(p -> p.getFileName().toString()).toList());
    function.workerRegistered("7d9c2e1a-3b4f-4c5d-8e6f-0a1b2c3d4e5f", "513401", "worker-li-wei");
    function.jobPosted("job-ningbo-welder-01", "employer-ningbo-shipyard", "ACTIVE", "2027-03-31");
    function.jobPosted("job-ningbo-fitter-02", "employer-ningbo-shipyard", "ACTIVE", "2027-03-31");

    String code = null;
    for (Path sample : samples) {
      String name = sample.getFileName().toString();
      String text = Files.readString(sample, StandardCharsets.UTF_8);
      if (name.startsWith("09-")) {
        function.clock.set(FAIR_DAY);
        text = text.replace("K7QM-2XJP-?", code);
      }
      APIGatewayV2HTTPEvent event = httpEvents.fromJson(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
      ApiGatewayResponse response = function.send(event);
      assertEquals(STATUS.get(name), response.status(), () -> name + " answered " + response);
      JsonNode body = response.json();
      switch (name.substring(0, 2)) {
        case "01" -> assertEquals("fair-e057e282f59b5b05c0ac", body.path("id").asText());
        case "02" -> assertEquals("fair-e057e282f59b5b05c0ac", body.path("items").get(0).path("id").asText());
        case "03" -> assertEquals(300, body.path("seats").path("left").asInt());
        case "04" -> {
          assertEquals("reg-a8c80cc8af0ba8abbd1a", body.path("id").asText());
          code = body.path("checkIn").path("display").asText();
        }
        case "05" -> assertEquals("BOOTH", body.path("place").asText());
        case "07" -> assertEquals(2, body.path("items").size());
        case "08" -> assertEquals(349, body.path("seats").path("left").asInt());
        case "09" -> assertEquals("reg-a8c80cc8af0ba8abbd1a", body.path("id").asText());
        case "11" -> assertEquals("CANCELLED", body.path("status").asText());
        case "12" -> assertEquals("CANCELLED", body.path("items").get(0).path("fair").path("status").asText());
        default -> { }
      }
    }
    // The checked-in worker could not give the seat back (10: 409); the fair's cancellation told both registrants.
    assertEquals(2, function.drain("PushQueue").size());
  }
}
