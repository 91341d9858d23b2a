package org.laborbridge.matching.domain;

import java.util.ArrayList;
import java.util.List;

/** The pushes asked for, in order. */
class RecordedPushes implements PushRequests {

  private final List<PushRequest> requested = new ArrayList<>();

  @Override
  public synchronized void request(List<PushRequest> pushes) {
    requested.addAll(pushes);
  }

  synchronized List<String> workers() {
    return requested.stream().map(p -> p.match().workerId()).toList();
  }

  synchronized List<PushRequest> all() {
    return List.copyOf(requested);
  }
}
