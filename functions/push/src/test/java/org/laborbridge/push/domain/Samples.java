package org.laborbridge.push.domain;

import org.laborbridge.shared.region.Region;
import org.laborbridge.shared.webhook.WebhookSecret;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Pushes, workers and endpoints the domain tests use. Times are UTC; Shanghai is eight hours ahead. */
final class Samples {

  /** 10:00 in Shanghai on a Friday. */
  static final Instant MORNING = Instant.parse("2026-11-27T02:00:00Z");
  /** 23:00 in Shanghai, in the quiet hours. */
  static final Instant LATE_EVENING = Instant.parse("2026-11-27T15:00:00Z");
  /** 08:00 in Shanghai the next day: when the quiet hours end. */
  static final Instant NEXT_MORNING = Instant.parse("2026-11-28T00:00:00Z");

  static final Pacing PACING = new Pacing(3, QuietHours.parse("22:00-08:00"));

  /** Small payloads that name what they are about; the real ones are WebhookJson's (store tests). */
  static final EventPayloads PAYLOADS = new EventPayloads() {
    @Override
    public String jobPushed(PushRequest push) {
      return "{\"jobId\":\"" + push.jobId() + "\"}";
    }

    @Override
    public String campaignMessage(CampaignMessage message) {
      return "{\"campaignId\":\"" + message.campaign().campaignId() + "\"}";
    }
  };

  private Samples() {}

  static Recipient worker(String id, Channel... channels) {
    return new Recipient(id, Region.SICHUAN, Optional.of("account-" + id), List.of("RELOCATED"), Set.of(channels));
  }

  static JobSummary job() {
    return new JobSummary("Welder, shipyard", "Ningbo Harbour Shipbuilding Co.", Region.ZHEJIANG, "330200", "Ningbo",
        new Salary(new BigDecimal("6500.50"), new BigDecimal("9000"), "MONTH", new BigDecimal("6500.50")), true, false,
        "Sichuan Welders", LocalDate.of(2027, 3, 31), new JobPoster("EMPLOYER", "employer-ningbo"));
  }

  static PushRequest push(String jobId, Recipient worker) {
    String pushId = Ids.derivedFrom("push.requested", jobId, worker.id());
    return new PushRequest(pushId, jobId, 1, new BigDecimal("0.87"), List.of("same occupation", "wage above expectation"),
        MORNING, worker, job(), "{\"id\":\"" + pushId + "\"}");
  }

  /**
   * Spring Breeze 2027's reminder of a Ningbo fair, for one worker on {@code day}, with the fair and one job; the id as
   * campaigns derives it.
   */
  static CampaignMessage campaignMessage(Recipient worker, LocalDate day) {
    String id = Ids.derivedFrom("campaign.message", "spring-breeze-2027", day.toString(), worker.id());
    CampaignContent content = new CampaignContent("spring-breeze-2027", "Spring Breeze Action 2027", day, "REMINDER",
        "Spring Breeze Action: the Ningbo special fair for migrant workers opens on 5 December.", "fair-ningbo-spring",
        List.of(new CampaignContent.Fair("fair-ningbo-spring", "Ningbo spring fair", Region.ZHEJIANG, "Ningbo Expo Hall",
            Instant.parse("2026-12-05T01:00:00Z"), Instant.parse("2026-12-05T09:00:00Z"))),
        List.of(new CampaignContent.Job("job-cook", "Cook", "Canteen", Region.CHONGQING, "500100", null,
            new Salary(new BigDecimal("180"), null, "DAY", null), LocalDate.of(2027, 3, 31))));
    return new CampaignMessage(id, worker, content, "{\"id\":\"" + id + "\"}");
  }

  static SigningEndpoint endpoint(String id, Region region, Channel channel) {
    return new SigningEndpoint(new ChannelEndpoint(id, region, channel, URI.create("https://" + id + ".example/hooks"),
        EndpointStatus.ACTIVE, MORNING, MORNING), WebhookSecret.generate());
  }

  static WebhookDelivery delivery(String endpointId) {
    return new WebhookDelivery("delivery-1", "laborbridge.transfers", MORNING, endpointId, "transfer.accepted",
        "{\"transferId\":\"t-1\"}", 1);
  }
}
