package org.laborbridge.push.domain;

/** Writes the data of the events push sends to gateways: named fields only, never a phone or identity number. */
public interface EventPayloads {

  /** The job.pushed event: worker id, job id, job summary and reasons. */
  String jobPushed(PushRequest push);

  /** The campaign.message event: worker id, the campaign, the day's text, and its fairs and jobs. */
  String campaignMessage(CampaignMessage message);
}
