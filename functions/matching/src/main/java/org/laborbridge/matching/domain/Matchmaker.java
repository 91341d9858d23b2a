package org.laborbridge.matching.domain;

import org.laborbridge.shared.problem.InvalidValue;

import java.util.List;

/**
 * The one way a match is made, from either side: a place among the job's K first, then the match itself, the
 * place given back when the match was there already; and, once the matches of a run are made, their pushes.
 */
final class Matchmaker {

  enum Made {
    CREATED,
    /** Made before, by this or another run: never twice. Its pushes are that run's (or the next message's). */
    ALREADY_MATCHED,
    /** The job has its K matches, or this run's version of the job is out of date. */
    NO_PLACE
  }

  private final MatchStore matches;
  private final PushRequests pushes;
  private final int topK;

  Matchmaker(MatchStore matches, PushRequests pushes, int topK) {
    if (topK < 1) {
      throw new InvalidValue("topK", "must be 1 or more");
    }
    this.matches = matches;
    this.pushes = pushes;
    this.topK = topK;
  }

  Made make(Match match) {
    if (matches.takeSlot(match.jobId(), match.jobVersion(), topK) == MatchStore.Slot.REFUSED) {
      return Made.NO_PLACE;
    }
    if (matches.create(match) == MatchStore.Outcome.CREATED) {
      return Made.CREATED;
    }
    // A function that dies between taking the place and this line keeps it: a job may end with fewer than K
    // matches, never with more.
    matches.giveBackSlot(match.jobId());
    return Made.ALREADY_MATCHED;
  }

  /** Queues the pushes, then notes each as asked for; asking again after a failure is harmless (ids repeat). */
  void push(List<PushRequests.PushRequest> toPush) {
    if (!toPush.isEmpty()) {
      pushes.request(toPush);
      toPush.forEach(push -> matches.markPushRequested(push.match()));
    }
  }
}
