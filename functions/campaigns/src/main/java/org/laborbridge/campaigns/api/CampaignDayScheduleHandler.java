package org.laborbridge.campaigns.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import org.laborbridge.campaigns.domain.OpenCampaignDay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * Every day at 09:00 Shanghai time (EventBridge Scheduler): opens today's campaign sends, i.e. starts one fan-out
 * per campaign and region on the campaigns queue and notifies regions' employers. The schedule's input is ignored.
 */
public class CampaignDayScheduleHandler extends MicronautRequestHandler<Map<String, Object>, String> {

  private static final Logger LOG = LoggerFactory.getLogger("campaigns");

  @Inject
  OpenCampaignDay openCampaignDay;

  /** Used by Lambda: the context is configured from the environment the template sets. */
  public CampaignDayScheduleHandler() {
    super();
  }

  /** Used by tests and the local runner, which prepare the context themselves. */
  public CampaignDayScheduleHandler(ApplicationContext context) {
    super(context);
  }

  @Override
  public String execute(Map<String, Object> input) {
    OpenCampaignDay.Opened opened = openCampaignDay.open();
    String outcome = "day=" + opened.day() + " campaigns=" + opened.campaigns() + " pagesQueued=" + opened.pagesQueued()
        + " runsDone=" + opened.runsDone() + " notices=" + opened.notices();
    LOG.info("campaign.day {}", outcome);
    return outcome;
  }
}
