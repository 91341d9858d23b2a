package org.laborbridge.transfers.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import org.laborbridge.transfers.domain.FlagLateTransfers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * Every morning at 08:30 Shanghai time (EventBridge Scheduler): flags the transfers whose transfer-out side missed its
 * working days, and those past the overall deadline, and queues a notice to the regions' staff. The schedule's input
 * is ignored.
 */
public class TransferDeadlinesScheduleHandler extends MicronautRequestHandler<Map<String, Object>, String> {

  private static final Logger LOG = LoggerFactory.getLogger("transfers");

  @Inject
  FlagLateTransfers flagLateTransfers;

  /** Used by Lambda: the context is configured from the environment the template sets. */
  public TransferDeadlinesScheduleHandler() {
    super();
  }

  /** Used by tests and the local runner, which prepare the context themselves. */
  public TransferDeadlinesScheduleHandler(ApplicationContext context) {
    super(context);
  }

  @Override
  public String execute(Map<String, Object> input) {
    FlagLateTransfers.Checked checked = flagLateTransfers.run();
    String outcome = "flagged=" + checked.flagged() + " daysRead=" + checked.daysRead()
        + " checkedThrough=" + checked.checkedThrough();
    LOG.info("deadlines.checked {}", outcome);
    return outcome;
  }
}
