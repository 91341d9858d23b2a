package org.laborbridge.campaigns.store;

import org.laborbridge.campaigns.domain.CampaignMessages;
import org.laborbridge.campaigns.domain.EmployerNotice;
import org.laborbridge.campaigns.domain.WorkerMessage;
import org.laborbridge.platform.sqs.EnvelopeSender;

import java.util.List;

/** Puts campaign messages and employer notices on PushQueue, ten to a request. */
public final class SqsCampaignMessages implements CampaignMessages {

  private final EnvelopeSender sender;
  private final String pushQueueUrl;

  public SqsCampaignMessages(EnvelopeSender sender, String pushQueueUrl) {
    this.sender = sender;
    this.pushQueueUrl = pushQueueUrl;
  }

  @Override
  public void toWorkers(List<WorkerMessage> messages) {
    sender.send(pushQueueUrl, messages.stream().map(CampaignEnvelopes::message).toList());
  }

  @Override
  public void toEmployers(List<EmployerNotice> notices) {
    sender.send(pushQueueUrl, notices.stream().map(CampaignEnvelopes::notice).toList());
  }
}
