package org.laborbridge.push.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.laborbridge.push.domain.CampaignContent;
import org.laborbridge.push.domain.CampaignMessage;
import org.laborbridge.push.domain.Channel;
import org.laborbridge.push.domain.EventPayloads;
import org.laborbridge.push.domain.Ids;
import org.laborbridge.push.domain.JobPoster;
import org.laborbridge.push.domain.JobSummary;
import org.laborbridge.push.domain.Notice;
import org.laborbridge.push.domain.PushRequest;
import org.laborbridge.push.domain.Recipient;
import org.laborbridge.push.domain.Salary;
import org.laborbridge.push.domain.WebhookDelivery;
import org.laborbridge.push.domain.WorkerPush;
import org.laborbridge.push.store.WebhookJson;
import org.laborbridge.shared.message.Envelope;
import org.laborbridge.shared.message.EnvelopeCodec;
import org.laborbridge.shared.problem.FieldError;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.region.Region;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the data of the messages on the push queue (docs/api/events.md). A tolerant reader: unknown fields and
 * unknown channels are ignored; a missing or mistyped field push needs is an InvalidValue naming every such field
 * (never its value), which sends the message to the dead-letter queue.
 */
final class QueueMessages {

  static final String PUSH_REQUESTED = "push.requested";
  static final String CAMPAIGN_MESSAGE_REQUESTED = "campaign.message.requested";
  static final String NOTICE_REQUESTED = "notice.requested";
  /** Only matching decides who is pushed what job; other capabilities may write webhook.deliver and notices here. */
  static final String MATCHING = "laborbridge.matching";
  /** Only campaigns sends campaign messages to workers. */
  static final String CAMPAIGNS = "laborbridge.campaigns";
  private static final int MAX_REASONS = 20;
  private static final EventPayloads PAYLOADS = new WebhookJson();
  /** Texts become inbox items and gateway payloads (under 20 kB): no single one may be long. */
  private static final int MAX_TEXT = 500;

  private QueueMessages() {}

  static PushRequest pushRequested(Envelope envelope) {
    Reader data = new Reader(envelope.data());
    data.requireSource(envelope, MATCHING);
    Recipient worker = data.recipient();
    String jobId = data.recordId("jobId");
    long jobVersion = data.number("jobVersion").map(BigDecimal::longValue).orElse(0L);
    Optional<BigDecimal> score = data.number("score");
    List<String> reasons = data.texts("reasons");
    Optional<Instant> matchedAt = data.instant("matchedAt");
    Optional<String> title = data.requiredText("job.title");
    Region jobRegion = data.region("job.region", true);
    Optional<String> postedById = data.requiredText("job.postedBy.id");
    Salary salary = data.salary("job.salary");
    JobSummary job = data.ok() ? new JobSummary(title.get(), data.text("job.employerName").orElse(null), jobRegion,
        data.text("job.countyCode").orElse(null), data.text("job.city").orElse(null), salary,
        data.bool("job.accommodationOffered"), data.bool("job.transportOffered"), data.text("job.laborBrand").orElse(null),
        data.date("job.validThrough").orElse(null), new JobPoster(data.text("job.postedBy.kind").orElse(null), postedById.get()))
        : null;
    if (reasons.size() > MAX_REASONS) {
      data.fail("reasons", "must list at most " + MAX_REASONS + " reasons");
    }
    data.throwIfAny();
    return fitting(new PushRequest(envelope.id(), jobId, jobVersion, score.orElse(null), reasons, matchedAt.orElse(null),
        worker, job, EnvelopeCodec.toJson(envelope)));
  }

  /**
   * A campaign.message.requested from campaigns: the worker as in push.requested, the campaign, the day and its
   * text, and at most five fairs and five jobs, each read field by field (anything else they carry is left behind).
   */
  static CampaignMessage campaignMessageRequested(Envelope envelope) {
    Reader data = new Reader(envelope.data());
    data.requireSource(envelope, CAMPAIGNS);
    if (!Ids.isRecordId(envelope.id())) {
      data.failEnvelope("id", "must be a message id of letters, digits, '.', '_', ':' or '-' (at most 128)");
    }
    Recipient worker = data.recipient();
    String campaignId = data.recordId("campaignId");
    Optional<String> campaignName = data.text("campaignName");
    Optional<LocalDate> day = data.requiredText("day").isPresent() ? data.date("day") : Optional.empty();
    Optional<String> occasion = data.text("occasion");
    Optional<String> message = data.requiredText("message");
    Optional<String> fairId = data.text("fairId");
    List<CampaignContent.Fair> fairs = data.objects("fairs", CampaignContent.MAX_FAIRS, fair -> {
      Optional<String> id = fair.requiredText("id");
      Optional<String> name = fair.requiredText("name");
      Region region = fair.region("region", false);
      Optional<String> venue = fair.text("venue");
      Optional<Instant> startsAt = fair.instant("startsAt");
      Optional<Instant> endsAt = fair.instant("endsAt");
      return fair.ok() ? new CampaignContent.Fair(id.get(), name.get(), region, venue.orElse(null), startsAt.orElse(null),
          endsAt.orElse(null)) : null;
    });
    List<CampaignContent.Job> jobs = data.objects("jobs", CampaignContent.MAX_JOBS, job -> {
      Optional<String> id = job.requiredText("id");
      Optional<String> title = job.requiredText("title");
      Optional<String> employerName = job.text("employerName");
      Region region = job.region("region", false);
      Optional<String> countyCode = job.text("countyCode");
      Optional<String> city = job.text("city");
      Salary salary = job.salary("salary");
      Optional<LocalDate> validThrough = job.date("validThrough");
      return job.ok() ? new CampaignContent.Job(id.get(), title.get(), employerName.orElse(null), region,
          countyCode.orElse(null), city.orElse(null), salary, validThrough.orElse(null)) : null;
    });
    data.throwIfAny();
    return fitting(new CampaignMessage(envelope.id(), worker, new CampaignContent(campaignId, campaignName.orElse(null),
        day.get(), occasion.orElse(null), message.get(), fairId.orElse(null), fairs, jobs), EnvelopeCodec.toJson(envelope)));
  }

  /**
   * A push whose webhook payload would be 20 kB or more could never be sent: refused now (a dead letter) rather than
   * put in the inbox and then failing at the gateway step on every retry.
   */
  private static <P extends WorkerPush> P fitting(P push) {
    if (!WebhookDelivery.fitsPayload(push.payload(PAYLOADS))) {
      throw new InvalidValue("data", "makes an event over " + WebhookDelivery.MAX_PAYLOAD_BYTES / 1024 + " kB: send shorter texts");
    }
    return push;
  }

  static WebhookDelivery webhookDeliver(Envelope envelope) {
    Reader data = new Reader(envelope.data());
    Optional<String> endpointId = data.requiredText("endpointId");
    Optional<String> eventType = data.requiredText("eventType");
    JsonNode payload = data.node("payload");
    if (!payload.isObject()) {
      data.fail("payload", "must be an object");
    }
    int attempt = data.number("attempt").map(BigDecimal::intValue).orElse(1);
    data.throwIfAny();
    return new WebhookDelivery(envelope.id(), envelope.source(), envelope.occurredAt(), endpointId.get(), eventType.get(),
        WebhookJson.text(payload), attempt);
  }

  /**
   * A notice.requested: who asks (a laborbridge.* source), the region, the endpoint channels (every name must be
   * one: a notice to a channel that does not exist is a mistake to see, not to ignore), the event type and the
   * payload object.
   */
  static Notice noticeRequested(Envelope envelope) {
    Reader data = new Reader(envelope.data());
    if (!Notice.fromProgramme(envelope.source())) {
      data.failEnvelope("source", "must be a LaborBridge function: laborbridge.<function>");
    }
    Region region = data.region("region", true);
    Set<Channel> channels = EnumSet.noneOf(Channel.class);
    List<String> names = data.texts("channels");
    for (int i = 0; i < names.size(); i++) {
      Optional<Channel> channel = Channel.find(names.get(i)).filter(Channel::throughGateway);
      if (channel.isPresent()) {
        channels.add(channel.get());
      } else {
        data.fail("channels[" + i + "]", "must be SMS, APP, WECHAT or SYSTEM");
      }
    }
    JsonNode listed = data.node("channels");
    if (listed.isMissingNode() || listed.isNull() || (listed.isArray() && listed.isEmpty())) {
      data.fail("channels", "must name at least one channel");
    }
    Optional<String> eventType = data.requiredText("eventType");
    if (eventType.isPresent() && !WebhookDelivery.isEventType(eventType.get())) {
      data.fail("eventType", "must be dot-separated lower-case words, e.g. fair.cancelled");
    }
    JsonNode payloadNode = data.node("payload");
    String payload = null;
    if (!payloadNode.isObject()) {
      data.fail("payload", "must be an object");
    } else {
      payload = WebhookJson.text(payloadNode);
      if (!WebhookDelivery.fitsPayload(payload)) {
        data.fail("payload", "must be under " + WebhookDelivery.MAX_PAYLOAD_BYTES / 1024 + " kB");
      }
    }
    data.throwIfAny();
    return new Notice(envelope.id(), envelope.source(), envelope.occurredAt(), region, channels, eventType.get(), payload);
  }

  /** Reads fields by dotted path, collecting every problem under {@code data.<path>}. */
  private static final class Reader {
    private final JsonNode root;
    private final String prefix;
    private final List<FieldError> errors;

    Reader(JsonNode root) {
      this(root, "", new ArrayList<>());
    }

    private Reader(JsonNode root, String prefix, List<FieldError> errors) {
      this.root = root;
      this.prefix = prefix;
      this.errors = errors;
    }

    /** Only {@code source} may send this type. */
    void requireSource(Envelope envelope, String source) {
      if (!source.equals(envelope.source())) {
        failEnvelope("source", envelope.type() + " comes from " + source + " only");
      }
    }

    /**
     * The worker a push is for: id, home region, own account and the channels they consented to. Consent names
     * channels that reach the worker; a back-office system (SYSTEM) never does, so it is ignored like any name push
     * does not know, and no push to a worker ever goes to one.
     */
    Recipient recipient() {
      String workerId = recordId("workerId");
      Region homeRegion = region("worker.homeRegion", true);
      Optional<String> ownerSubject = text("worker.ownerSubject");
      List<String> priorityGroups = texts("worker.priorityGroups");
      Set<Channel> channels = EnumSet.noneOf(Channel.class);
      texts("worker.channels").forEach(name -> Channel.find(name).filter(Channel::reachesWorkers).ifPresent(channels::add));
      return ok() ? new Recipient(workerId, homeRegion, ownerSubject, priorityGroups, channels) : null;
    }

    /** An optional list of at most {@code max} objects, each read by {@code read} with its own problems named. */
    <T> List<T> objects(String path, int max, Function<Reader, T> read) {
      JsonNode node = list(path);
      if (node.size() > max) {
        fail(path, "must list at most " + max);
        return List.of();
      }
      List<T> items = new ArrayList<>();
      for (int i = 0; i < node.size(); i++) {
        if (!node.get(i).isObject()) {
          fail(path + "[" + i + "]", "must be an object");
          continue;
        }
        Reader item = new Reader(node.get(i), prefix + path + "[" + i + "].", new ArrayList<>());
        T value = read.apply(item);
        errors.addAll(item.errors);
        if (value != null) {
          items.add(value);
        }
      }
      return items;
    }

    /** An optional salary object: min, max, unit, monthlyMinimum. */
    Salary salary(String path) {
      return node(path).isObject() ? new Salary(number(path + ".min").orElse(null), number(path + ".max").orElse(null),
          text(path + ".unit").orElse(null), number(path + ".monthlyMinimum").orElse(null)) : null;
    }

    JsonNode node(String path) {
      JsonNode node = root;
      for (String part : path.split("\\.")) {
        node = node.path(part);
      }
      return node;
    }

    Optional<String> text(String path) {
      JsonNode node = node(path);
      if (node.isMissingNode() || node.isNull()) {
        return Optional.empty();
      }
      if (!node.isTextual()) {
        fail(path, "must be text");
        return Optional.empty();
      }
      if (node.textValue().length() > MAX_TEXT) {
        fail(path, "must be at most " + MAX_TEXT + " characters");
        return Optional.empty();
      }
      return Optional.of(node.textValue()).filter(t -> !t.isBlank());
    }

    Optional<String> requiredText(String path) {
      Optional<String> text = text(path);
      if (text.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("data." + prefix + path))) {
        fail(path, "is required");
      }
      return text;
    }

    String recordId(String path) {
      Optional<String> id = requiredText(path);
      if (id.isPresent() && !Ids.isRecordId(id.get())) {
        fail(path, "must be an id of letters, digits, '.', '_', ':' or '-' (at most 128)");
      }
      return id.orElse(null);
    }

    Optional<BigDecimal> number(String path) {
      JsonNode node = node(path);
      if (node.isMissingNode() || node.isNull()) {
        return Optional.empty();
      }
      if (!node.isNumber()) {
        fail(path, "must be a number");
        return Optional.empty();
      }
      return Optional.of(node.decimalValue());
    }

    boolean bool(String path) {
      JsonNode node = node(path);
      if (!node.isMissingNode() && !node.isNull() && !node.isBoolean()) {
        fail(path, "must be true or false");
      }
      return node.asBoolean(false);
    }

    /** An optional list: its elements, or none when it is absent (or, with a problem named, not a list). */
    private JsonNode list(String path) {
      JsonNode node = node(path);
      if (node.isMissingNode() || node.isNull()) {
        return MissingNode.getInstance();
      }
      if (!node.isArray()) {
        fail(path, "must be a list");
        return MissingNode.getInstance();
      }
      return node;
    }

    List<String> texts(String path) {
      JsonNode node = list(path);
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < node.size(); i++) {
        if (node.get(i).isTextual() && node.get(i).textValue().length() <= MAX_TEXT) {
          texts.add(node.get(i).textValue());
        } else if (node.get(i).isTextual()) {
          fail(path + "[" + i + "]", "must be at most " + MAX_TEXT + " characters");
        } else {
          fail(path + "[" + i + "]", "must be text");
        }
      }
      return texts;
    }

    Region region(String path, boolean required) {
      Optional<String> code = required ? requiredText(path) : text(path);
      if (code.isEmpty()) {
        return null;
      }
      Optional<Region> region = Region.find(code.get());
      if (region.isEmpty()) {
        fail(path, "must be the two-digit code of a programme region");
      }
      return region.orElse(null);
    }

    Optional<Instant> instant(String path) {
      return text(path).flatMap(text -> {
        try {
          return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
          fail(path, "must be a date and time with an offset");
          return Optional.empty();
        }
      });
    }

    Optional<LocalDate> date(String path) {
      return text(path).flatMap(text -> {
        try {
          return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
          fail(path, "must be a date such as 2027-03-31");
          return Optional.empty();
        }
      });
    }

    void fail(String path, String message) {
      errors.add(new FieldError("data." + prefix + path, message));
    }

    /** A problem with the envelope itself rather than its data. */
    void failEnvelope(String field, String message) {
      errors.add(new FieldError(field, message));
    }

    boolean ok() {
      return errors.isEmpty();
    }

    void throwIfAny() {
      if (!errors.isEmpty()) {
        throw new InvalidValue(List.copyOf(errors));
      }
    }
  }
}
