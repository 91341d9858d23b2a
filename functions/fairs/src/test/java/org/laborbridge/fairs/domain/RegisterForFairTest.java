package org.laborbridge.fairs.domain;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.shared.access.Actor;
import org.laborbridge.shared.problem.Forbidden;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.region.Region;
import org.laborbridge.shared.time.ProgrammeClock;
import org.laborbridge.shared.time.SettableClock;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registration rules with in-memory stores: repeats, interrupted steps finished later, the line kept in order. */
class RegisterForFairTest {

  private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

  private final InMemoryFairStore fairs = new InMemoryFairStore();
  private final InMemoryRegistrationStore registrations = new InMemoryRegistrationStore();
  private final Map<String, WorkerDirectory.WorkerCard> workers = new HashMap<>();
  private final Map<String, JobDirectory.JobCard> jobs = new HashMap<>();
  private final List<String> told = new ArrayList<>();
  private final ProgrammeClock clock = new ProgrammeClock(new SettableClock(NOW));
  private boolean failNextTelling;
  private RegisterForFair register;
  private String fairId;

  @BeforeEach
  void aFairWithTwoSeatsAndOneBooth() {
    FairEvents events = new FairEvents() {
      @Override
      public void confirmed(Fair fair, Registration registration) {
        if (failNextTelling) {
          failNextTelling = false;
          throw new IllegalStateException("queue unavailable");
        }
        told.add(registration.id());
      }

      @Override
      public void cancelled(Fair fair, List<Registration> cancelled) {
      }
    };
    register = new RegisterForFair(fairs, registrations, id -> Optional.ofNullable(workers.get(id)),
        id -> Optional.ofNullable(jobs.get(id)), events, FairActivity.NONE, new SecureRandom(), clock);
    FairPlan plan = new FairPlan("Golden Autumn fair", Optional.empty(), FairKind.ON_SITE, Region.SICHUAN, "Hall 1",
        Instant.parse("2026-12-05T01:00:00Z"), Instant.parse("2026-12-05T09:00:00Z"), 2, 1,
        Instant.parse("2026-11-20T00:00:00Z"), Instant.parse("2026-12-05T00:00:00Z"));
    fairId = "fair-1";
    fairs.insert(Fair.planned(fairId, plan, "staff-51", NOW));
    for (String w : List.of("a", "b", "c", "d")) {
      workers.put(w, new WorkerDirectory.WorkerCard(w, Region.SICHUAN, Optional.of("acc-" + w)));
    }
  }

  private RegisterForFair.Placed worker(String w) {
    return register.registerWorker(new Actor("acc-" + w, Set.of(Actor.Role.WORKER), Optional.empty()), fairId, w);
  }

  @Test
  void registering_again_tells_matching_nothing_new() {
    String id = worker("a").registration().id();
    RegisterForFair.Placed again = worker("a");

    assertFalse(again.created());
    assertEquals(RegistrationStatus.CONFIRMED, again.registration().status());
    assertEquals(List.of(id), told);
  }

  @Test
  void a_confirmation_cut_short_before_matching_was_told_is_told_by_the_next_request_once() {
    failNextTelling = true;
    assertThrows(IllegalStateException.class, () -> worker("a"));

    RegisterForFair.Placed retried = worker("a");
    worker("a");

    assertEquals(RegistrationStatus.CONFIRMED, retried.registration().status());
    assertEquals(List.of(retried.registration().id()), told);
    assertEquals(1, fairs.find(fairId).orElseThrow().seatsTaken());
  }

  @Test
  void a_promotion_cut_short_after_the_hand_over_is_finished_when_the_waiting_registration_is_read() {
    String a = worker("a").registration().id();
    worker("b");
    String c = worker("c").registration().id();
    // A cancellation that stopped right after handing a's seat to c: c holds it but still reads as waiting.
    registrations.cancel(fairId, a, NOW, "acc-a");
    assertTrue(fairs.handOver(fairId, Place.SEAT, a, c, NOW));

    Actor owner = new Actor("acc-c", Set.of(Actor.Role.WORKER), Optional.empty());
    RegisterForFair.Placed read = register.find(owner, fairId, c);

    assertEquals(RegistrationStatus.CONFIRMED, read.registration().status());
    assertTrue(registrations.firstWaiting(fairId, Place.SEAT, 5).isEmpty());
    assertTrue(told.contains(c));
    assertEquals(2, fairs.find(fairId).orElseThrow().seatsTaken());
  }

  @Test
  void a_freed_seat_skips_waiting_entries_of_registrations_cancelled_meanwhile_and_goes_to_the_next_in_line() {
    String a = worker("a").registration().id();
    worker("b");
    String c = worker("c").registration().id();
    String d = worker("d").registration().id();
    // c cancelled, but stopped before leaving the line.
    registrations.cancel(fairId, c, NOW, "acc-c");

    register.cancel(new Actor("acc-a", Set.of(Actor.Role.WORKER), Optional.empty()), fairId, a);

    assertEquals(RegistrationStatus.CONFIRMED, registrations.find(fairId, d).orElseThrow().status());
    assertTrue(fairs.holds(fairId, Place.SEAT, d));
    assertFalse(fairs.holds(fairId, Place.SEAT, a));
    assertTrue(registrations.firstWaiting(fairId, Place.SEAT, 5).isEmpty());
  }

  @Test
  void a_cancelled_registration_can_be_made_again_as_a_new_round_with_the_same_code() {
    RegisterForFair.Placed first = worker("a");
    register.cancel(new Actor("acc-a", Set.of(Actor.Role.WORKER), Optional.empty()), fairId, first.registration().id());

    RegisterForFair.Placed again = worker("a");

    assertTrue(again.created());
    assertEquals(2, again.registration().round());
    assertEquals(first.registration().code(), again.registration().code());
    assertEquals(List.of(first.registration().id(), first.registration().id()), told);
  }

  @Test
  void an_employer_brings_only_its_own_open_jobs_and_staff_register_only_workers_of_their_regions() {
    jobs.put("job-own", new JobDirectory.JobCard("job-own", Optional.of("emp-1"), true, Optional.of(LocalDate.of(2027, 1, 31))));
    jobs.put("job-expired", new JobDirectory.JobCard("job-expired", Optional.of("emp-1"), true, Optional.of(LocalDate.of(2026, 11, 1))));
    Actor employer = new Actor("emp-1", Set.of(Actor.Role.EMPLOYER), Optional.empty());

    InvalidValue refused = assertThrows(InvalidValue.class,
        () -> register.registerEmployer(employer, fairId, List.of("job-own", "job-expired", "job-own")));
    assertEquals(List.of("jobIds[1]", "jobIds[2]"), refused.errors().stream().map(e -> e.field()).toList());
    assertEquals(Place.BOOTH, register.registerEmployer(employer, fairId, List.of("job-own")).registration().place());
    assertThrows(Forbidden.class, () -> register.registerWorker(
        new Actor("staff-33", Set.of(Actor.Role.STAFF), Optional.of(Region.ZHEJIANG)), fairId, "a"));
  }
}
