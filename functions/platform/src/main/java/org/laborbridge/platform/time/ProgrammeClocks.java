package org.laborbridge.platform.time;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.laborbridge.shared.time.ProgrammeClock;

import java.time.Clock;

/**
 * The clock every function's use cases read the programme's time from. The system clock in the cloud; a test puts
 * its own {@link Clock} into the context (a SettableClock) and the programme clock follows it.
 */
@Factory
public class ProgrammeClocks {

  @Singleton
  @Requires(missingBeans = Clock.class)
  Clock clock() {
    return Clock.systemUTC();
  }

  @Singleton
  ProgrammeClock programmeClock(Clock clock) {
    return new ProgrammeClock(clock);
  }
}
