package org.laborbridge.platform.testing;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.Map;

/** What an HTTP function answered an API Gateway event with, its body parsed when it is JSON. */
public record ApiGatewayResponse(APIGatewayV2HTTPResponse raw) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public int status() {
    return raw.getStatusCode();
  }

  public String body() {
    return raw.getBody();
  }

  public String header(String name) {
    Map<String, String> headers = raw.getHeaders() == null ? Map.of() : raw.getHeaders();
    return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
        .findFirst().orElse(null);
  }

  public JsonNode json() {
    try {
      return JSON.readTree(raw.getBody());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + raw.getBody(), e);
    }
  }

  @Override
  public String toString() {
    return status() + " " + body();
  }
}
