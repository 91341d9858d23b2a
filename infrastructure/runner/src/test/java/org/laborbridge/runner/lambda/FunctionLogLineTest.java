package org.laborbridge.runner.lambda;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FunctionLogLineTest {

  @Test
  void a_json_log_line_is_shown_as_level_logger_message_and_request_id() {
    String line = "{\"timestamp\":1,\"level\":\"INFO\",\"loggerName\":\"http\",\"mdc\": {\"requestId\":\"r-1\"},"
        + "\"formattedMessage\":\"http.request method=GET status=200\",\"throwable\":null}";
    assertEquals("INFO http http.request method=GET status=200 [r-1]", FunctionLogLine.readable(line));
  }

  @Test
  void other_lines_pass_through_unchanged() {
    assertEquals("Picked up JAVA_TOOL_OPTIONS: -XX:+UseSerialGC", FunctionLogLine.readable("Picked up JAVA_TOOL_OPTIONS: -XX:+UseSerialGC"));
    assertEquals("{not json", FunctionLogLine.readable("{not json"));
  }
}
