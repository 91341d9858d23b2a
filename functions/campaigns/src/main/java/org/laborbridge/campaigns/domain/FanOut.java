package org.laborbridge.campaigns.domain;

import java.util.List;

/** The campaigns queue: pages of an audience still to read. */
public interface FanOut {
  void queue(List<PageTask> tasks);
}
