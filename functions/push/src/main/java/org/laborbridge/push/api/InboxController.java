package org.laborbridge.push.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import org.laborbridge.platform.http.Caller;
import org.laborbridge.platform.http.PageView;
import org.laborbridge.platform.http.Paging;
import org.laborbridge.push.domain.ReadInbox;
import org.laborbridge.shared.access.Actor;
import org.laborbridge.shared.problem.InvalidValue;

/** A worker's inbox of pushed jobs, newest first, and marking a job read. */
@Controller("/v1/workers/{id}/matches")
class InboxController {

  private final ReadInbox readInbox;

  InboxController(ReadInbox readInbox) {
    this.readInbox = readInbox;
  }

  @Get
  PageView<InboxEntryView> workerInbox(@Caller Actor actor, String id, @Nullable @QueryValue String unread,
      @Nullable @QueryValue String cursor, @Nullable @QueryValue String limit) {
    boolean unreadOnly = flag("unread", unread);
    return PageView.of(readInbox.inbox(id, actor, unreadOnly, Paging.of(cursor, limit)), InboxEntryView::of);
  }

  @Post("/{jobId}/read")
  InboxEntryView markRead(@Caller Actor actor, String id, String jobId) {
    return InboxEntryView.of(readInbox.markRead(id, jobId, actor));
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
