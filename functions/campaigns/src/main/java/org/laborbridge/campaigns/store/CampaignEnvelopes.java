package org.laborbridge.campaigns.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.laborbridge.campaigns.domain.EmployerNotice;
import org.laborbridge.campaigns.domain.FairCard;
import org.laborbridge.campaigns.domain.JobCard;
import org.laborbridge.campaigns.domain.PageTask;
import org.laborbridge.campaigns.domain.RunKey;
import org.laborbridge.campaigns.domain.SendDay;
import org.laborbridge.campaigns.domain.WorkerMessage;
import org.laborbridge.shared.message.Envelope;
import org.laborbridge.shared.problem.FieldError;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.region.Region;
import org.laborbridge.shared.time.ProgrammeClock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The campaigns function's messages (docs/campaigns.md, "Messages"): a page of a fan-out on CampaignsQueue, a
 * campaign message for one worker and a notice to a region's employers on PushQueue. Ids, regions and the public
 * facts of campaigns, fairs and jobs only: never a name, phone or identity number. A message's {@code occurredAt} is
 * the start of its campaign day, so the same message is the same text whenever it is sent again.
 */
public final class CampaignEnvelopes {

  public static final String SOURCE = "laborbridge.campaigns";
  public static final String AUDIENCE_PAGE = "campaign.audience.page";
  /** A campaign's message for one worker: the push function's entry point for it (docs/campaigns.md). */
  public static final String MESSAGE_REQUESTED = "campaign.message.requested";
  public static final String NOTICE_REQUESTED = "notice.requested";
  /** The event type gateways receive for a campaign's message, to a worker or a region's employers. */
  public static final String CAMPAIGN_MESSAGE = "campaign.message";
  /** The gateways that reach people; a region's back-office system (SYSTEM) is not told. */
  static final List<String> PEOPLE_CHANNELS = List.of("SMS", "APP", "WECHAT");
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private CampaignEnvelopes() {}

  static Instant dayStart(LocalDate day) {
    return day.atStartOfDay(ProgrammeClock.ZONE).toInstant();
  }

  public static Envelope page(PageTask task) {
    ObjectNode data = JSON.objectNode();
    data.put("campaignId", task.key().campaignId());
    data.put("day", task.key().day().toString());
    data.put("region", task.key().region().code());
    task.cursor().ifPresent(c -> data.put("cursor", c));
    return new Envelope(task.id(), AUDIENCE_PAGE, dayStart(task.key().day()), SOURCE, data);
  }

  /** Reads a page message back; anything missing or malformed is an InvalidValue naming the fields (a dead letter). */
  public static PageTask pageTask(Envelope envelope) {
    JsonNode data = envelope.data();
    List<FieldError> errors = new ArrayList<>();
    String campaignId = text(data, "campaignId", errors);
    LocalDate day = null;
    String dayText = text(data, "day", errors);
    if (dayText != null) {
      try {
        day = LocalDate.parse(dayText);
      } catch (DateTimeParseException e) {
        errors.add(new FieldError("data.day", "must be a date such as 2027-01-25"));
      }
    }
    Region region = Optional.ofNullable(text(data, "region", errors)).flatMap(Region::find).orElse(null);
    if (region == null && errors.stream().noneMatch(e -> e.field().equals("data.region"))) {
      errors.add(new FieldError("data.region", "must be a programme region code"));
    }
    JsonNode cursor = data.path("cursor");
    if (!cursor.isMissingNode() && !cursor.isNull() && (!cursor.isTextual() || cursor.textValue().isEmpty())) {
      errors.add(new FieldError("data.cursor", "must be text"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidValue(errors);
    }
    return new PageTask(new RunKey(campaignId, day, region), cursor.isTextual() ? Optional.of(cursor.textValue())
        : Optional.empty());
  }

  private static String text(JsonNode data, String field, List<FieldError> errors) {
    JsonNode node = data.path(field);
    if (!node.isTextual() || node.textValue().isBlank() || node.textValue().length() > 128) {
      errors.add(new FieldError("data." + field, "is required text"));
      return null;
    }
    return node.textValue();
  }

  public static Envelope message(WorkerMessage message) {
    ObjectNode data = JSON.objectNode();
    SendDay day = message.sendDay();
    data.put("workerId", message.worker().workerId());
    describe(data, day);
    ObjectNode worker = data.putObject("worker");
    worker.put("homeRegion", message.worker().homeRegion().code());
    message.worker().ownerSubject().ifPresent(o -> worker.put("ownerSubject", o));
    ArrayNode channels = worker.putArray("channels");
    message.worker().channels().stream().sorted().forEach(channels::add);
    fairs(data.putArray("fairs"), message.fairs());
    jobs(data.putArray("jobs"), message.jobs());
    return new Envelope(message.id(), MESSAGE_REQUESTED, dayStart(day.day()), SOURCE, data);
  }

  public static Envelope notice(EmployerNotice notice) {
    ObjectNode payload = JSON.objectNode();
    describe(payload, notice.sendDay());
    payload.put("audience", "EMPLOYERS");
    payload.put("region", notice.region().code());
    fairs(payload.putArray("fairs"), notice.fairs());
    ObjectNode data = JSON.objectNode();
    data.put("region", notice.region().code());
    ArrayNode channels = data.putArray("channels");
    PEOPLE_CHANNELS.forEach(channels::add);
    data.put("eventType", CAMPAIGN_MESSAGE);
    data.set("payload", payload);
    return new Envelope(notice.id(), NOTICE_REQUESTED, dayStart(notice.sendDay().day()), SOURCE, data);
  }

  private static void describe(ObjectNode data, SendDay day) {
    data.put("campaignId", day.campaign().id());
    data.put("campaignName", day.campaign().plan().name());
    data.put("day", day.day().toString());
    data.put("occasion", day.occasion().name());
    data.put("message", day.message());
    day.fairId().ifPresent(f -> data.put("fairId", f));
  }

  private static void fairs(ArrayNode list, List<FairCard> fairs) {
    for (FairCard fair : fairs) {
      ObjectNode node = list.addObject();
      node.put("id", fair.id());
      node.put("name", fair.name());
      node.put("region", fair.region().code());
      node.put("venue", fair.venue());
      node.put("startsAt", fair.startsAt().toString());
      node.put("endsAt", fair.endsAt().toString());
    }
  }

  private static void jobs(ArrayNode list, List<JobCard> jobs) {
    for (JobCard job : jobs) {
      ObjectNode node = list.addObject();
      node.put("id", job.id());
      node.put("title", job.title());
      node.put("employerName", job.employerName());
      node.put("region", job.region().code());
      node.put("countyCode", job.countyCode());
      job.city().ifPresent(c -> node.put("city", c));
      ObjectNode salary = node.putObject("salary");
      if (job.salaryMin() != null) {
        salary.put("min", job.salaryMin());
      }
      if (job.salaryMax() != null) {
        salary.put("max", job.salaryMax());
      }
      if (job.salaryUnit() != null) {
        salary.put("unit", job.salaryUnit());
      }
      if (job.validThrough() != null) {
        node.put("validThrough", job.validThrough().toString());
      }
    }
  }
}
