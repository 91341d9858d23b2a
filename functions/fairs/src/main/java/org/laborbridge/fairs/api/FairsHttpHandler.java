package org.laborbridge.fairs.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;

/** The fairs API's Lambda handler: fairs, registrations and check-ins (HTTP API payload 2.0). */
public class FairsHttpHandler extends APIGatewayV2HTTPEventFunction {

  /** Used by Lambda: the context is configured from the environment the template sets. */
  public FairsHttpHandler() {
    super();
  }

  /** Used by tests and the local runner, which prepare the context themselves. */
  public FairsHttpHandler(ApplicationContext context) {
    super(context);
  }
}
