package org.laborbridge.push.domain;

import org.laborbridge.shared.region.Region;

import java.time.Instant;

/**
 * Counts for the programme's reports, told when a job or a campaign message is pushed to a worker for the first time
 * and when a signed delivery ends (delivered, or failed for good). Counts only: nothing about the person.
 */
public interface PushActivity {

  /** The first push of a job to a worker: the worker's home region and the job's region make the labor flow. */
  void pushed(Region homeRegion, Region jobRegion, Instant at);

  /** The first push of a campaign's message to a worker, counted in the worker's home region. */
  void campaignMessagePushed(Region homeRegion, Instant at);

  /** A delivery to a gateway of {@code region} ended: delivered, or failed (or gone) for good. */
  void deliveryEnded(Region region, boolean delivered, Instant at);

  PushActivity NONE = new PushActivity() {
    @Override
    public void pushed(Region homeRegion, Region jobRegion, Instant at) {
    }

    @Override
    public void campaignMessagePushed(Region homeRegion, Instant at) {
    }

    @Override
    public void deliveryEnded(Region region, boolean delivered, Instant at) {
    }
  };
}
