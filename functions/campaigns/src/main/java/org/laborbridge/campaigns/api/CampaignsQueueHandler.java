package org.laborbridge.campaigns.api;

import io.micronaut.context.ApplicationContext;
import jakarta.inject.Inject;
import org.laborbridge.campaigns.domain.PageTask;
import org.laborbridge.campaigns.domain.SendAudiencePage;
import org.laborbridge.campaigns.store.CampaignEnvelopes;
import org.laborbridge.platform.sqs.EnvelopeQueueHandler;
import org.laborbridge.shared.message.Envelope;
import org.laborbridge.shared.problem.InvalidValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The campaigns queue's Lambda handler: each campaign.audience.page message reads one page of a region's consented
 * workers and queues their campaign messages and the next page. Unreadable messages end in the dead-letter queue.
 */
public class CampaignsQueueHandler extends EnvelopeQueueHandler {

  private static final Logger LOG = LoggerFactory.getLogger("campaigns");

  @Inject
  SendAudiencePage sendAudiencePage;

  /** Used by Lambda: the context is configured from the environment the template sets. */
  public CampaignsQueueHandler() {
    super();
  }

  /** Used by tests and the local runner, which prepare the context themselves. */
  public CampaignsQueueHandler(ApplicationContext context) {
    super(context);
  }

  @Override
  protected void handle(Envelope envelope) {
    if (!CampaignEnvelopes.AUDIENCE_PAGE.equals(envelope.type())) {
      throw new InvalidValue("type", "is not a message the campaigns function handles");
    }
    PageTask task = CampaignEnvelopes.pageTask(envelope);
    SendAudiencePage.Result result = sendAudiencePage.send(task);
    LOG.info("campaign.page outcome={} campaign={} day={} region={} read={} recipients={} more={}", result.outcome(),
        task.key().campaignId(), task.key().day(), task.key().region().code(), result.read(), result.recipients(),
        result.more());
  }
}
