package org.laborbridge.push.domain;

import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.region.Region;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A campaign's message of one day as a worker sees it in the inbox and on a gateway: the campaign, the day's text,
 * and a few upcoming fairs and open jobs in the regions the worker wants. Public facts only; nothing about the worker.
 * Texts not given are null, as in {@link JobSummary}.
 *
 * @param occasion OPENING (the campaign's first day) or REMINDER, as campaigns names it
 * @param fairId the fair a reminder is about, if any
 */
public record CampaignContent(String campaignId, String campaignName, LocalDate day, String occasion, String message,
    String fairId, List<Fair> fairs, List<Job> jobs) implements InboxContent {

  public static final int MAX_FAIRS = 5;
  public static final int MAX_JOBS = 5;

  /** An upcoming job fair the message points to. */
  public record Fair(String id, String name, Region region, String venue, Instant startsAt, Instant endsAt) {
    public Fair {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
    }
  }

  /** An open job the message points to; the job itself is one request away. */
  public record Job(String id, String title, String employerName, Region region, String countyCode, String city,
      Salary salary, LocalDate validThrough) {
    public Job {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
    }
  }

  public CampaignContent {
    if (!Ids.isRecordId(campaignId)) {
      throw new InvalidValue("campaignId", "must be a campaign id");
    }
    Objects.requireNonNull(day, "day");
    if (message == null || message.isBlank()) {
      throw new InvalidValue("message", "is required");
    }
    fairs = List.copyOf(fairs);
    jobs = List.copyOf(jobs);
    if (fairs.size() > MAX_FAIRS || jobs.size() > MAX_JOBS) {
      throw new InvalidValue("fairs", "at most " + MAX_FAIRS + " fairs and " + MAX_JOBS + " jobs");
    }
  }
}
