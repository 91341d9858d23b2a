package org.laborbridge.runner.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;

/**
 * Makes a function's structured log line readable in a terminal: in the cloud the JSON goes to CloudWatch as it
 * is; locally we show level, logger, message and request id. Lines that are not such JSON pass through unchanged.
 */
final class FunctionLogLine {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FunctionLogLine() {}

  static String readable(String line) {
    if (!line.startsWith("{") || !line.contains("\"formattedMessage\"")) {
      return line;
    }
    try {
      JsonNode entry = JSON.readTree(line);
      String requestId = entry.path("mdc").path("requestId").asText("");
      String throwable = entry.path("throwable").isObject()
          ? " " + entry.path("throwable").path("className").asText() + ": " + entry.path("throwable").path("message").asText()
          : "";
      return entry.path("level").asText() + " " + entry.path("loggerName").asText() + " "
          + entry.path("formattedMessage").asText() + throwable + (requestId.isEmpty() ? "" : " [" + requestId + "]");
    } catch (IOException notJson) {
      return line;
    }
  }
}
