package org.laborbridge.jobs.domain;

import java.util.ArrayList;
import java.util.List;

/** The events a use case told the rest of the programme about, in the order it told them. */
class RecordedEvents implements ProgrammeEvents {

  /** One published event: its type as the programme names it, and the record it was about at that version. */
  record Event(String type, String id, long version) {}

  private final List<Event> published = new ArrayList<>();

  @Override
  public synchronized void jobPosted(JobPosting job) {
    published.add(new Event("job.posted", job.id(), job.version()));
  }

  @Override
  public synchronized void jobUpdated(JobPosting job) {
    published.add(new Event("job.updated", job.id(), job.version()));
  }

  @Override
  public synchronized void jobClosed(JobPosting job) {
    published.add(new Event("job.closed", job.id(), job.version()));
  }

  @Override
  public synchronized void workerRegistered(Worker worker) {
    published.add(new Event("worker.registered", worker.id(), worker.version()));
  }

  @Override
  public synchronized void workerUpdated(Worker worker) {
    published.add(new Event("worker.updated", worker.id(), worker.version()));
  }

  synchronized List<Event> all() {
    return List.copyOf(published);
  }

  synchronized List<String> types() {
    return published.stream().map(Event::type).toList();
  }

  synchronized List<Event> ofType(String type) {
    return published.stream().filter(event -> event.type().equals(type)).toList();
  }
}
