package org.laborbridge.push.api;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.laborbridge.push.domain.CampaignContent;
import org.laborbridge.push.domain.InboxEntry;
import org.laborbridge.push.domain.JobMatch;
import org.laborbridge.push.domain.JobSummary;
import org.laborbridge.push.domain.Salary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An entry in a worker's inbox as the API returns it: a job pushed to the worker (kind JOB: jobId, score, reasons,
 * job, exactly as before campaign messages existed) or a campaign's message (kind CAMPAIGN: campaign).
 */
@Schema(description = "An entry in a worker's inbox: a job pushed to the worker (kind JOB: jobId, score, reasons, job) "
    + "or a campaign's message (kind CAMPAIGN: campaign). Clients that know only jobs skip other kinds, or ask ?kind=JOB.")
public record InboxEntryView(
    @Schema(description = "The entry's id, which marking it read takes: the job id, or campaign:<messageId>",
        requiredMode = Schema.RequiredMode.REQUIRED)
    String id,
    @Schema(allowableValues = {"JOB", "CAMPAIGN"}, requiredMode = Schema.RequiredMode.REQUIRED)
    String kind,
    @Nullable @Schema(description = "JOB entries only") String jobId,
    String pushedAt,
    boolean read,
    @Nullable String readAt,
    @Nullable @Schema(description = "JOB entries only") BigDecimal score,
    @Nullable @Schema(description = "JOB entries only: why matching picked the job") List<String> reasons,
    @Nullable JobSummaryView job,
    @Nullable CampaignView campaign) {

  /** What the worker sees of the job (JOB entries): enough to decide whether to open it (GET /v1/jobs/{jobId}). */
  public record JobSummaryView(String title, String employerName, String region, String countyCode, String city,
      SalaryView salary, boolean accommodationOffered, boolean transportOffered, String laborBrand, String validThrough) {

    static JobSummaryView of(JobSummary job) {
      return new JobSummaryView(job.title(), job.employerName(), job.region().code(), job.countyCode(), job.city(),
          SalaryView.of(job.salary()), job.accommodationOffered(), job.transportOffered(), job.laborBrand(),
          text(job.validThrough()));
    }
  }

  public record SalaryView(@Nullable BigDecimal min, @Nullable BigDecimal max, @Nullable String unit,
      @Nullable BigDecimal monthlyMinimum) {

    static SalaryView of(Salary salary) {
      return salary == null ? null : new SalaryView(salary.min(), salary.max(), salary.unit(), salary.monthlyMinimum());
    }
  }

  /** A campaign's message of one day (CAMPAIGN entries), with upcoming fairs and open jobs in the regions the worker wants. */
  public record CampaignView(
      String campaignId,
      @Nullable String campaignName,
      @Schema(description = "The campaign day the message is for (China Standard Time), e.g. 2027-01-25",
          requiredMode = Schema.RequiredMode.REQUIRED) String day,
      @Nullable @Schema(description = "OPENING (the campaign's first day) or REMINDER") String occasion,
      String message,
      @Nullable @Schema(description = "The fair a reminder is about") String fairId,
      List<FairView> fairs,
      List<JobCardView> jobs) {

    static CampaignView of(CampaignContent campaign) {
      return new CampaignView(campaign.campaignId(), campaign.campaignName(), campaign.day().toString(), campaign.occasion(),
          campaign.message(), campaign.fairId(),
          campaign.fairs().stream().map(f -> new FairView(f.id(), f.name(), f.region() == null ? null : f.region().code(),
              f.venue(), text(f.startsAt()), text(f.endsAt()))).toList(),
          campaign.jobs().stream().map(j -> new JobCardView(j.id(), j.title(), j.employerName(),
              j.region() == null ? null : j.region().code(), j.countyCode(), j.city(), SalaryView.of(j.salary()),
              text(j.validThrough()))).toList());
    }
  }

  /** A job fair a campaign message points to (GET /v1/fairs/{id}). */
  public record FairView(String id, String name, @Nullable String region, @Nullable String venue, @Nullable String startsAt,
      @Nullable String endsAt) {}

  /** An open job a campaign message points to (GET /v1/jobs/{id}). */
  public record JobCardView(String id, String title, @Nullable String employerName, @Nullable String region,
      @Nullable String countyCode, @Nullable String city, @Nullable SalaryView salary, @Nullable String validThrough) {}

  static InboxEntryView of(InboxEntry entry) {
    String readAt = entry.readAt().map(Instant::toString).orElse(null);
    if (entry.content() instanceof JobMatch match) {
      return new InboxEntryView(entry.topic().entryId(), entry.topic().kind().name(), entry.topic().id(),
          entry.pushedAt().toString(), entry.read(), readAt, match.score().orElse(null), match.reasons(),
          JobSummaryView.of(match.job()), null);
    }
    return new InboxEntryView(entry.topic().entryId(), entry.topic().kind().name(), null, entry.pushedAt().toString(),
        entry.read(), readAt, null, null, null, CampaignView.of((CampaignContent) entry.content()));
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
