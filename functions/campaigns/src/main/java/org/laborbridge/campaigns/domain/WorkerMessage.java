package org.laborbridge.campaigns.domain;

import java.util.List;

/**
 * A campaign's message for one worker on one day, with fairs and open jobs in the regions the worker wants.
 *
 * @param id derived from campaign, day and worker: the same however often the day is run
 */
public record WorkerMessage(String id, SendDay sendDay, AudienceMember worker, List<FairCard> fairs,
    List<JobCard> jobs) {

  public WorkerMessage {
    fairs = List.copyOf(fairs);
    jobs = List.copyOf(jobs);
  }

  public static String idFor(SendDay day, String workerId) {
    return Ids.derivedFrom("campaign.message", day.campaign().id(), day.day().toString(), workerId);
  }
}
