package org.laborbridge.push.domain;

import org.laborbridge.shared.problem.FieldError;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.region.Region;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Something another capability must tell a region's partners (a notice.requested message): a fair was
 * cancelled, a transfer was forwarded or is overdue. Push sends it to every active endpoint of the region on the
 * named channels, as one signed webhook each.
 *
 * @param id the notice's stable id, from what it is about: the deliveries' ids are derived from it
 * @param source the capability that asks, e.g. {@code laborbridge.fairs}
 * @param occurredAt when the event happened: the webhook body's timestamp
 * @param region the programme region whose endpoints are told
 * @param channels the endpoint channels to use (SMS, APP, WECHAT, SYSTEM; never the inbox)
 * @param eventType the receivers' event type, e.g. {@code fair.cancelled}
 * @param payload the event's data as JSON text (an object, ids only), opaque here
 */
public record Notice(String id, String source, Instant occurredAt, Region region, Set<Channel> channels,
    String eventType, String payload) {

  /** Who may ask push to notify a region: the programme's own functions. */
  public static final String SOURCE_PREFIX = "laborbridge.";

  public Notice {
    List<FieldError> errors = new ArrayList<>();
    if (id == null || id.isBlank()) {
      errors.add(new FieldError("id", "is required"));
    }
    if (!fromProgramme(source)) {
      errors.add(new FieldError("source", "must be a LaborBridge function: laborbridge.<function>"));
    }
    if (occurredAt == null) {
      errors.add(new FieldError("occurredAt", "is required"));
    }
    if (region == null) {
      errors.add(new FieldError("data.region", "is required"));
    }
    if (channels == null || channels.isEmpty()) {
      errors.add(new FieldError("data.channels", "must name at least one channel"));
    } else if (!channels.stream().allMatch(Channel::throughGateway)) {
      errors.add(new FieldError("data.channels", "must be endpoint channels (SMS, APP, WECHAT, SYSTEM): not the inbox"));
    }
    if (!WebhookDelivery.isEventType(eventType)) {
      errors.add(new FieldError("data.eventType", "must be dot-separated lower-case words, e.g. fair.cancelled"));
    }
    if (payload == null || payload.isBlank()) {
      errors.add(new FieldError("data.payload", "is required"));
    } else if (!WebhookDelivery.fitsPayload(payload)) {
      errors.add(new FieldError("data.payload", "must be under " + WebhookDelivery.MAX_PAYLOAD_BYTES / 1024 + " kB"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidValue(errors);
    }
    channels = Set.copyOf(channels);
  }

  public static boolean fromProgramme(String source) {
    return source != null && source.startsWith(SOURCE_PREFIX) && source.length() > SOURCE_PREFIX.length();
  }

  /** Leaves the payload out: it is not ours to log. */
  @Override
  public String toString() {
    return "Notice[id=" + id + ", source=" + source + ", region=" + (region == null ? null : region.code())
        + ", channels=" + channels + ", eventType=" + eventType + "]";
  }
}
