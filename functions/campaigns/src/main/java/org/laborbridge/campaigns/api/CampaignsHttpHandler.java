package org.laborbridge.campaigns.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;

/** The campaign calendar's Lambda handler (HTTP API payload 2.0). */
public class CampaignsHttpHandler extends APIGatewayV2HTTPEventFunction {

  /** Used by Lambda: the context is configured from the environment the template sets. */
  public CampaignsHttpHandler() {
    super();
  }

  /** Used by tests and the local runner, which prepare the context themselves. */
  public CampaignsHttpHandler(ApplicationContext context) {
    super(context);
  }
}
