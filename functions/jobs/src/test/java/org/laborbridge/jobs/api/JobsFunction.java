package org.laborbridge.jobs.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.provision.ProvisionedStack;
import org.laborbridge.platform.testing.ApiGatewayResponse;
import org.laborbridge.platform.testing.FunctionContexts;
import org.laborbridge.shared.time.SettableClock;

import java.time.Instant;
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
    this.context = FunctionContexts.start(aws, Map.of(
        "jobs.table", stack.tableName("JobsTable"),
        "jobs.workers-table", stack.tableName("WorkersTable"),
        "jobs.partners-table", stack.tableName("PartnersTable"),
        "jobs.matching-queue-url", stack.queueUrl("MatchingQueue"),
        "jobs.counters-table", stack.tableName("CountersTable")), clock);
    this.handler = new JobsHttpHandler(context);
  }

  ApiGatewayResponse send(APIGatewayV2HTTPEvent event) {
    return new ApiGatewayResponse(handler.handleRequest(event, new MockLambdaContext()));
  }

  @Override
  public void close() {
    handler.close();
    context.close();
  }
}
