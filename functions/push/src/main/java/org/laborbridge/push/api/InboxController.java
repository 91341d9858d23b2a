package org.laborbridge.push.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.laborbridge.platform.http.Caller;
import org.laborbridge.platform.http.FieldCheck;
import org.laborbridge.platform.http.PageView;
import org.laborbridge.platform.http.Paging;
import org.laborbridge.push.domain.PushTopic;
import org.laborbridge.push.domain.ReadInbox;
import org.laborbridge.shared.access.Actor;
import org.laborbridge.shared.problem.InvalidValue;

import java.util.Optional;

/** A worker's inbox of pushed jobs and campaign messages, newest first, and marking an entry read. */
@Controller("/v1/workers/{id}/matches")
class InboxController {

  private final ReadInbox readInbox;

  InboxController(ReadInbox readInbox) {
    this.readInbox = readInbox;
  }

  @Operation(summary = "A worker's inbox, newest first: jobs pushed to them (kind JOB) and campaign messages (kind CAMPAIGN)")
  @Get
  PageView<InboxEntryView> workerInbox(@Caller Actor actor, String id,
      @Nullable @QueryValue @Parameter(description = "true: only what the worker has not read") String unread,
      @Nullable @QueryValue @Parameter(description = "JOB or CAMPAIGN: only entries of that kind (default: both)",
          schema = @Schema(allowableValues = {"JOB", "CAMPAIGN"})) String kind,
      @Nullable @QueryValue String cursor, @Nullable @QueryValue String limit) {
    FieldCheck check = new FieldCheck();
    Boolean unreadOnly = check.value("", () -> flag("unread", unread));
    Optional<PushTopic.Kind> only = kind == null || kind.isBlank() ? Optional.empty()
        : Optional.ofNullable(check.oneOf("kind", kind, PushTopic.Kind.class));
    check.throwIfAny();
    return PageView.of(readInbox.inbox(id, actor, unreadOnly, only, Paging.of(cursor, limit)), InboxEntryView::of);
  }

  @Operation(summary = "The worker marks an inbox entry read (idempotent: the first reading time stays)")
  @Post("/{entryId}/read")
  InboxEntryView markRead(@Caller Actor actor, String id,
      @Parameter(description = "The entry's id as the inbox shows it: a job id, or campaign:<messageId>") String entryId) {
    return InboxEntryView.of(readInbox.markRead(id, entryId, actor));
  }

  private static boolean flag(String name, String value) {
    if (value == null || value.isBlank()) {
      return false;
    }
    return switch (value.trim()) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new InvalidValue(name, "must be true or false");
    };
  }
}
