package org.laborbridge.push.domain;

import org.junit.jupiter.api.Test;
import org.laborbridge.shared.access.Actor;
import org.laborbridge.shared.paging.PageRequest;
import org.laborbridge.shared.problem.Forbidden;
import org.laborbridge.shared.problem.NotFound;
import org.laborbridge.shared.region.Region;
import org.laborbridge.shared.time.ProgrammeClock;
import org.laborbridge.shared.time.SettableClock;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadInboxTest {

  private final SettableClock clock = new SettableClock(Samples.MORNING);
  private final InMemoryInboxStore inbox = new InMemoryInboxStore();
  private final ReadInbox readInbox = new ReadInbox(inbox, new ProgrammeClock(clock));
  private final ShowJobReach showJobReach = new ShowJobReach(inbox);
  private final DeliverPush deliverPush = new DeliverPush(inbox, new InMemoryPaceStore(), new InMemoryEndpointStore(),
      new InMemoryDeferredStore(), new RecordingPushQueue(new InMemoryDeferredStore()), Samples.PAYLOADS, Samples.PACING,
      new ProgrammeClock(clock));

  private static final Actor OWNER = new Actor("account-w-1", Set.of(Actor.Role.WORKER), Optional.empty());
  private static final Actor SOMEONE_ELSE = new Actor("account-w-2", Set.of(Actor.Role.WORKER), Optional.empty());
  private static final Actor SICHUAN_STAFF = new Actor("staff-51", Set.of(Actor.Role.STAFF), Optional.of(Region.SICHUAN));
  private static final Actor ZHEJIANG_STAFF = new Actor("staff-33", Set.of(Actor.Role.STAFF), Optional.of(Region.ZHEJIANG));
  private static final Actor POSTER = new Actor("employer-ningbo", Set.of(Actor.Role.EMPLOYER), Optional.empty());

  ReadInboxTest() {
    Recipient worker = Samples.worker("w-1", Channel.INBOX);
    deliverPush.push(Samples.push("job-1", worker));
    clock.advance(Duration.ofMinutes(1));
    deliverPush.push(Samples.push("job-2", worker));
  }

  @Test
  void the_worker_and_staff_of_the_home_region_read_the_inbox_newest_first() {
    assertEquals(List.of("job-2", "job-1"),
        readInbox.inbox("w-1", OWNER, false, PageRequest.first(10)).items().stream().map(e -> e.topic().id()).toList());
    assertEquals(2, readInbox.inbox("w-1", SICHUAN_STAFF, false, PageRequest.first(10)).items().size());
  }

  @Test
  void other_workers_and_staff_of_other_regions_may_not() {
    assertThrows(Forbidden.class, () -> readInbox.inbox("w-1", SOMEONE_ELSE, false, PageRequest.first(10)));
    assertThrows(Forbidden.class, () -> readInbox.inbox("w-1", ZHEJIANG_STAFF, false, PageRequest.first(10)));
  }

  @Test
  void marking_read_is_for_the_worker_alone_and_keeps_the_first_reading_time() {
    InboxEntry read = readInbox.markRead("w-1", "job-1", OWNER);
    clock.advance(Duration.ofHours(1));
    InboxEntry again = readInbox.markRead("w-1", "job-1", OWNER);

    assertTrue(read.read());
    assertEquals(read.readAt(), again.readAt());
    assertThrows(Forbidden.class, () -> readInbox.markRead("w-1", "job-1", SICHUAN_STAFF));
    assertThrows(NotFound.class, () -> readInbox.markRead("w-1", "job-9", OWNER));
    assertEquals(List.of("job-2"),
        readInbox.inbox("w-1", OWNER, true, PageRequest.first(10)).items().stream().map(e -> e.topic().id()).toList());
  }

  @Test
  void the_poster_and_staff_of_the_job_region_see_whom_the_job_reached() {
    readInbox.markRead("w-1", "job-1", OWNER);

    JobReach reach = showJobReach.reach("job-1", POSTER, PageRequest.first(10));

    assertEquals(1, reach.pushed());
    assertEquals(1, reach.read());
    assertEquals(1, showJobReach.reach("job-1", ZHEJIANG_STAFF, PageRequest.first(10)).total());
    assertThrows(Forbidden.class, () -> showJobReach.reach("job-1", SICHUAN_STAFF, PageRequest.first(10)));
    assertThrows(Forbidden.class, () -> showJobReach.reach("job-1", OWNER, PageRequest.first(10)));
  }

  @Test
  void nothing_pushed_means_an_empty_inbox_and_an_empty_reach_for_anyone() {
    assertTrue(readInbox.inbox("w-unknown", SOMEONE_ELSE, false, PageRequest.first(10)).items().isEmpty());
    assertEquals(0, showJobReach.reach("job-unknown", SOMEONE_ELSE, PageRequest.first(10)).total());
  }
}
