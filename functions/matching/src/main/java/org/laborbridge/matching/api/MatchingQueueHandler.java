package org.laborbridge.matching.api;

import io.micronaut.context.ApplicationContext;
import jakarta.inject.Inject;
import org.laborbridge.matching.domain.FairRegistration;
import org.laborbridge.matching.domain.MatchAtFair;
import org.laborbridge.matching.domain.MatchJob;
import org.laborbridge.matching.domain.MatchWorker;
import org.laborbridge.platform.sqs.EnvelopeQueueHandler;
import org.laborbridge.shared.message.Envelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The matching function's Lambda handler (MatchingQueue): worker events keep the candidate pools current and find
 * the worker's open jobs, job events keep the open-jobs pools current and find the job's workers, and confirmed
 * fair registrations put workers and jobs on a fair's roster and match those who meet there. Failed records are
 * reported one by one by {@link EnvelopeQueueHandler}.
 */
public class MatchingQueueHandler extends EnvelopeQueueHandler {

  private static final Logger LOG = LoggerFactory.getLogger("matching");

  @Inject
  MatchWorker matchWorker;

  @Inject
  MatchJob matchJob;

  @Inject
  MatchAtFair matchAtFair;

  /** Used by Lambda: the context is configured from the environment the template sets. */
  public MatchingQueueHandler() {
    super();
  }

  /** Used by tests and the local runner, which prepare the context themselves. */
  public MatchingQueueHandler(ApplicationContext context) {
    super(context);
  }

  @Override
  protected void handle(Envelope envelope) {
    switch (envelope.type()) {
      case "worker.registered", "worker.updated" -> {
        var profile = WorkerEventData.toProfile(envelope.data());
        MatchWorker.Result result = matchWorker.match(profile);
        // Then the fairs the worker is seated at: a seat confirmed before this message found no worker to match.
        MatchAtFair.Result atFairs = matchAtFair.seated(profile, result.indexed());
        LOG.info("matching.candidate outcome={} worker={} version={} created={} jobs={} eligible={} full={} pushes={} rcu={}"
                + " fairs={} fairCreated={} fairPushes={} fairRcu={}",
            result.indexed(), profile.workerId(), profile.version(), result.matchesCreated(), result.jobsRead(),
            result.eligible(), result.full(), result.pushesRequested(), result.readCapacityUnits(), atFairs.fairs(),
            atFairs.matchesCreated(), atFairs.pushesRequested(), atFairs.readUnits());
      }
      // A closed job goes through the same use case: it records the version, so that older messages about the
      // job match nobody, takes the job out of the open-jobs pools, and being closed it matches nobody itself.
      case "job.posted", "job.updated", "job.closed" -> {
        var job = JobEventData.toOffer(envelope.data(), envelope.type().equals("job.closed"));
        MatchJob.Result result = matchJob.match(job);
        // Then the fairs the job is on show at: a booth confirmed before this message found no job to match.
        MatchAtFair.Result atFairs = matchAtFair.exhibited(job, result.outcome());
        LOG.info("matching.job outcome={} job={} version={} created={} candidates={} eligible={} pushes={} rcu={}"
                + " fairs={} fairCreated={} fairPushes={} fairRcu={}",
            result.outcome(), job.jobId(), job.version(), result.matchesCreated(), result.candidatesRead(),
            result.eligible(), result.pushesRequested(), result.readCapacityUnits(), atFairs.fairs(),
            atFairs.matchesCreated(), atFairs.pushesRequested(), atFairs.readUnits());
      }
      case "fair.registration.confirmed" -> {
        FairRegistration registration = FairEventData.toRegistration(envelope);
        MatchAtFair.Result result = matchAtFair.confirmed(registration);
        LOG.info("matching.fair outcome={} place={} fair={} registration={} onRoster={} unknown={} eligible={} created={}"
                + " full={} pushes={} rcu={}",
            result.outcome(), registration.place(), registration.fair().fairId(), registration.registrationId(),
            result.onRoster(), result.unknown(), result.eligible(), result.matchesCreated(), result.full(),
            result.pushesRequested(), result.readUnits());
      }
      default -> LOG.info("matching.ignored type={}", envelope.type());
    }
  }
}
