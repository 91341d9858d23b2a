package org.laborbridge.transfers.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;

/**
 * The transfers function's Lambda handler (HTTP API payload 2.0): applications, decisions and the other steps,
 * documents, and regions' signed transfer webhooks.
 */
public class TransfersHttpHandler extends APIGatewayV2HTTPEventFunction {

  /** Used by Lambda: the context is configured from the environment the template sets. */
  public TransfersHttpHandler() {
    super();
  }

  /** Used by tests and the local runner, which prepare the context themselves. */
  public TransfersHttpHandler(ApplicationContext context) {
    super(context);
  }
}
