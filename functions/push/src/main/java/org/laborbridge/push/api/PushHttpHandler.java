package org.laborbridge.push.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;

/** The push API's Lambda handler: workers' inboxes, jobs' reach and channel endpoints (HTTP API payload 2.0). */
public class PushHttpHandler extends APIGatewayV2HTTPEventFunction {

  /** Used by Lambda: the context is configured from the environment the template sets. */
  public PushHttpHandler() {
    super();
  }

  /** Used by tests and the local runner, which prepare the context themselves. */
  public PushHttpHandler(ApplicationContext context) {
    super(context);
  }
}
