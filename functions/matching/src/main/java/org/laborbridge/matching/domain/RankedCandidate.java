package org.laborbridge.matching.domain;

import java.util.Comparator;

/** A worker who meets every hard constraint of a job, with their score for it. */
public record RankedCandidate(CandidateProfile worker, Score score) {

  /** Higher score first; equal scores in worker id order, so that a rerun ranks the same way. */
  public static final Comparator<RankedCandidate> ORDER = Comparator
      .comparing((RankedCandidate r) -> r.score().points()).reversed()
      .thenComparing(r -> r.worker().workerId());
}
