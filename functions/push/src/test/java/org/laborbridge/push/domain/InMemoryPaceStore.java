package org.laborbridge.push.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Pushes per worker and day, as sets of push ids. */
class InMemoryPaceStore implements PaceStore {

  final Map<String, Set<String>> days = new HashMap<>();

  @Override
  public synchronized boolean claim(String workerId, LocalDate day, String pushId, int dailyLimit, Instant forgetAfter) {
    Set<String> pushes = days.computeIfAbsent(workerId + "#" + day, k -> new LinkedHashSet<>());
    if (pushes.contains(pushId)) {
      return true;
    }
    if (pushes.size() >= dailyLimit) {
      return false;
    }
    pushes.add(pushId);
    return true;
  }
}
