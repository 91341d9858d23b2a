package org.laborbridge.matching.domain;

import java.util.Comparator;

/** An open job whose every hard constraint a worker meets, with the worker's score for it. */
public record RankedJob(JobOffer job, Score score) {

  /** Higher score first; equal scores in job id order, so that a rerun goes the same way. */
  public static final Comparator<RankedJob> ORDER = Comparator
      .comparing((RankedJob r) -> r.score().points()).reversed()
      .thenComparing(r -> r.job().jobId());
}
