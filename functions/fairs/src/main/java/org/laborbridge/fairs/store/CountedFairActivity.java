package org.laborbridge.fairs.store;

import org.laborbridge.fairs.domain.Fair;
import org.laborbridge.fairs.domain.FairActivity;
import org.laborbridge.fairs.domain.Place;
import org.laborbridge.fairs.domain.Registration;
import org.laborbridge.platform.counters.ActivityCounters;
import org.laborbridge.platform.counters.Metrics;

import java.util.Map;

/**
 * Fair registrations and check-ins in the programme's activity counters (region: the fair's), and the flow of job
 * seekers from their home region to the fair's region.
 */
public final class CountedFairActivity implements FairActivity {

  private final ActivityCounters counters;

  public CountedFairActivity(ActivityCounters counters) {
    this.counters = counters;
  }

  @Override
  public void registered(Fair fair, Registration registration) {
    String region = fair.plan().region().code();
    counters.add(registration.registeredAt(), region, Map.of(Metrics.FAIR_REGISTRATIONS, 1L));
    if (registration.place() == Place.SEAT) {
      counters.flow(registration.registeredAt(), registration.registrant().homeRegion().code(), region,
          Metrics.FLOW_FAIR_REGISTERED);
    }
  }

  @Override
  public void checkedIn(Fair fair, Registration registration) {
    counters.add(registration.checkedInAt().orElseThrow(), fair.plan().region().code(),
        Map.of(Metrics.FAIR_CHECK_INS, 1L));
  }
}
