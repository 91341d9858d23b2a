package org.laborbridge.push.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import org.laborbridge.push.domain.ReleaseDeferred;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * Every minute (EventBridge Scheduler): puts parked messages that have fallen due back on the push queue, i.e.
 * pushes held back by pacing and webhook retries too far off for a queue delay. The schedule's input is ignored.
 */
public class DeferredPushesScheduleHandler extends MicronautRequestHandler<Map<String, Object>, String> {

  private static final Logger LOG = LoggerFactory.getLogger("push");

  @Inject
  ReleaseDeferred releaseDeferred;

  /** Used by Lambda: the context is configured from the environment the template sets. */
  public DeferredPushesScheduleHandler() {
    super();
  }

  /** Used by tests and the local runner, which prepare the context themselves. */
  public DeferredPushesScheduleHandler(ApplicationContext context) {
    super(context);
  }

  @Override
  public String execute(Map<String, Object> input) {
    ReleaseDeferred.Released released = releaseDeferred.release();
    String outcome = "released=" + released.messages() + " hoursRead=" + released.hoursRead()
        + " releasedThrough=" + released.releasedThrough();
    LOG.info("deferred.released {}", outcome);
    return outcome;
  }
}
