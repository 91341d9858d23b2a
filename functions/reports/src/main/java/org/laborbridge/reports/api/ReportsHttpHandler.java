package org.laborbridge.reports.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;

/** The reports API's Lambda handler: ask for a report, list them, read one with its download links (payload 2.0). */
public class ReportsHttpHandler extends APIGatewayV2HTTPEventFunction {

  /** Used by Lambda: the context is configured from the environment the template sets. */
  public ReportsHttpHandler() {
    super();
  }

  /** Used by tests and the local runner, which prepare the context themselves. */
  public ReportsHttpHandler(ApplicationContext context) {
    super(context);
  }
}
