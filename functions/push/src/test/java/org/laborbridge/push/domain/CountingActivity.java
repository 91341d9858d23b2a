package org.laborbridge.push.domain;

import org.laborbridge.shared.region.Region;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The reports' counters as domain tests see them: one line per count told. */
class CountingActivity implements PushActivity {

  final List<String> counted = new ArrayList<>();

  @Override
  public synchronized void pushed(Region homeRegion, Region jobRegion, Instant at) {
    counted.add("pushed " + homeRegion.code() + "->" + jobRegion.code());
  }

  @Override
  public synchronized void campaignMessagePushed(Region homeRegion, Instant at) {
    counted.add("campaign message " + homeRegion.code());
  }

  @Override
  public synchronized void deliveryEnded(Region region, boolean delivered, Instant at) {
    counted.add((delivered ? "delivered " : "failed ") + region.code());
  }
}
