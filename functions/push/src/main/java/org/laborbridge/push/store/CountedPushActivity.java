package org.laborbridge.push.store;

import org.laborbridge.platform.counters.ActivityCounters;
import org.laborbridge.platform.counters.Metrics;
import org.laborbridge.push.domain.PushActivity;
import org.laborbridge.shared.region.Region;

import java.time.Instant;
import java.util.Map;

/**
 * Pushes by the worker's home region with the flow to the job's region; campaign messages by the worker's home
 * region; delivery outcomes by the gateway's region.
 */
public final class CountedPushActivity implements PushActivity {

  private final ActivityCounters counters;

  public CountedPushActivity(ActivityCounters counters) {
    this.counters = counters;
  }

  @Override
  public void pushed(Region homeRegion, Region jobRegion, Instant at) {
    counters.add(at, homeRegion.code(), Map.of(Metrics.PUSHES_MADE, 1L));
    counters.flow(at, homeRegion.code(), jobRegion.code(), Metrics.FLOW_MATCHED);
  }

  @Override
  public void campaignMessagePushed(Region homeRegion, Instant at) {
    counters.add(at, homeRegion.code(), Map.of(Metrics.CAMPAIGN_MESSAGES, 1L));
  }

  @Override
  public void deliveryEnded(Region region, boolean delivered, Instant at) {
    counters.add(at, region.code(), Map.of(delivered ? Metrics.DELIVERIES_SUCCEEDED : Metrics.DELIVERIES_FAILED, 1L));
  }
}
