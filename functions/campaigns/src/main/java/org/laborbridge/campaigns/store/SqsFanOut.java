package org.laborbridge.campaigns.store;

import org.laborbridge.campaigns.domain.FanOut;
import org.laborbridge.campaigns.domain.PageTask;
import org.laborbridge.platform.sqs.EnvelopeSender;

import java.util.List;

/** Puts page messages of fan-outs on CampaignsQueue. */
public final class SqsFanOut implements FanOut {

  private final EnvelopeSender sender;
  private final String queueUrl;

  public SqsFanOut(EnvelopeSender sender, String queueUrl) {
    this.sender = sender;
    this.queueUrl = queueUrl;
  }

  @Override
  public void queue(List<PageTask> tasks) {
    sender.send(queueUrl, tasks.stream().map(CampaignEnvelopes::page).toList());
  }
}
