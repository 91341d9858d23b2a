package org.laborbridge.jobs.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;

/** The jobs function's Lambda handler: HTTP API (payload 2.0) events served by the controllers of this package. */
public class JobsHttpHandler extends APIGatewayV2HTTPEventFunction {

  /** Used by Lambda: the context is configured from the environment the template sets. */
  public JobsHttpHandler() {
    super();
  }

  /** Used by tests and the local runner, which prepare the context themselves. */
  public JobsHttpHandler(ApplicationContext context) {
    super(context);
  }
}
