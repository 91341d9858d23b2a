package org.laborbridge.jobs.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.provision.ProvisionedStack;
import org.laborbridge.shared.time.SettableClock;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The jobs Lambda as tests drive it: a real handler over a real Micronaut context, wired to local AWS with the
 * names template.yaml gives, fed API Gateway v2 events, with a clock the test controls.
 */
final class JobsFunction implements AutoCloseable {

  static final ObjectMapper JSON = new ObjectMapper();

  final SettableClock clock;
  final ApplicationContext context;
  final JobsHttpHandler handler;

  JobsFunction(LocalAws aws, ProvisionedStack stack, Instant now) {
    this.clock = new SettableClock(now);
    // The environment template.yaml gives the function, resolved against the local stack.
    Map<String, Object> properties = new HashMap<>();
    properties.put("jobs.table", stack.tableName("JobsTable"));
    properties.put("jobs.workers-table", stack.tableName("WorkersTable"));
    properties.put("jobs.partners-table", stack.tableName("PartnersTable"));
    properties.put("jobs.matching-queue-url", stack.queueUrl("MatchingQueue"));
    properties.put("aws.endpoints.dynamodb", aws.backend().dynamoDbEndpoint().toString());
    properties.put("aws.endpoints.sqs", aws.backend().sqsEndpoint().toString());
    this.context = ApplicationContext.builder().environments("test").properties(properties).singletons(clock).start();
    this.handler = new JobsHttpHandler(context);
  }

  Response send(APIGatewayV2HTTPEvent event) {
    return new Response(handler.handleRequest(event, new MockLambdaContext()));
  }

  @Override
  public void close() {
    handler.close();
    context.close();
  }

  /** A response with its body parsed when it is JSON. */
  record Response(APIGatewayV2HTTPResponse raw) {
    int status() {
      return raw.getStatusCode();
    }

    String body() {
      return raw.getBody();
    }

    String header(String name) {
      Map<String, String> headers = raw.getHeaders() == null ? Map.of() : raw.getHeaders();
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
          .findFirst().orElse(null);
    }

    JsonNode json() {
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
}
