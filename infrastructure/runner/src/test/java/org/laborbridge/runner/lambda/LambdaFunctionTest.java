package org.laborbridge.runner.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A function runs in its own JVM under AWS's runtime client, fed through our Runtime API. */
class LambdaFunctionTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private LambdaFunction function;

  private LambdaFunction echo(Duration timeout) {
    List<Path> classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();
    function = new LambdaFunction(new FunctionSpec("EchoFunction", "test-EchoFunction",
        "org.laborbridge.runner.fixture.EchoHandler::handleRequest", classpath, Map.of("GREETING", "ni hao"), timeout, 256),
        Map.of("AWS_REGION", "us-east-1"));
    return function;
  }

  @AfterEach
  void stop() {
    if (function != null) {
      function.close();
    }
  }

  private static JsonNode json(InvocationResult result) throws Exception {
    return JSON.readTree(result.payloadText());
  }

  @Test
  void an_event_reaches_the_handler_with_the_template_environment_and_the_answer_comes_back() throws Exception {
    InvocationResult result = echo(Duration.ofSeconds(10)).invoke("{\"hello\":\"world\"}".getBytes(StandardCharsets.UTF_8));
    assertEquals(InvocationResult.Outcome.SUCCESS, result.outcome(), result.payloadText());
    JsonNode answer = json(result);
    assertEquals("world", answer.path("event").path("hello").asText());
    assertEquals("ni hao", answer.path("greeting").asText());
    assertEquals("test-EchoFunction", answer.path("functionName").asText());
    assertNotEquals(ProcessHandle.current().pid(), answer.path("pid").asLong(), "the function has its own JVM");
    assertEquals(answer.path("pid").asLong(), json(function.invoke("{}".getBytes())).path("pid").asLong(), "and keeps it warm");
  }

  @Test
  void a_handler_error_is_reported_as_lambda_reports_it_and_the_instance_stays() throws Exception {
    echo(Duration.ofSeconds(10));
    long pid = json(function.invoke("{}".getBytes())).path("pid").asLong();
    InvocationResult failed = function.invoke("{\"action\":\"boom\"}".getBytes());
    assertEquals(InvocationResult.Outcome.HANDLER_ERROR, failed.outcome());
    assertEquals("asked to fail", json(failed).path("errorMessage").asText());
    assertEquals("java.lang.IllegalStateException", json(failed).path("errorType").asText());
    assertEquals(pid, json(function.invoke("{}".getBytes())).path("pid").asLong());
  }

  @Test
  void a_timeout_kills_the_instance_and_the_next_event_gets_a_new_one() throws Exception {
    echo(Duration.ofSeconds(2));
    long pid = json(function.invoke("{}".getBytes())).path("pid").asLong();
    InvocationResult slow = function.invoke("{\"action\":\"sleep\",\"millis\":5000}".getBytes());
    assertEquals(InvocationResult.Outcome.TIMEOUT, slow.outcome());
    assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    InvocationResult next = function.invoke("{}".getBytes());
    assertTrue(next.succeeded(), next.payloadText());
    assertNotEquals(pid, json(next).path("pid").asLong());
  }
}
