package org.laborbridge.matching.domain;

import java.util.List;

/**
 * Asks the push function to tell workers about their matches. Each request's id follows from the job and the
 * worker, so asking twice for the same match is one push.
 */
public interface PushRequests {

  record PushRequest(Match match, JobOffer job, CandidateProfile worker) {}

  /** Throws when any of them could not be queued; asking again is harmless. */
  void request(List<PushRequest> pushes);
}
