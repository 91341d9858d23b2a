package org.laborbridge.jobs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.laborbridge.shared.problem.Conflict;
import org.laborbridge.shared.time.ProgrammeClock;
import org.laborbridge.shared.time.SettableClock;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

class RegisterWorkerTest {

  private final SettableClock clock = Samples.clock();
  private final InMemoryWorkerStore workers = new InMemoryWorkerStore();
  private final RecordedEvents events = new RecordedEvents();
  private final RegisterWorker registerWorker = new RegisterWorker(workers, events, new ProgrammeClock(clock));

  private static RegisteredBy self(String subject) {
    return new RegisteredBy(RegisteredBy.Kind.SELF, subject);
  }

  @Test
  void a_new_worker_is_registered_at_version_one_and_matching_hears_of_it() {
    RegisterWorker.Registered registered = registerWorker.register(Samples.registration(), self("account-1"));

    Worker worker = registered.worker();
    assertFalse(registered.repeated());
    assertEquals(1, worker.version());
    assertEquals(Samples.identity(Samples.IDENTITY), worker.identityNumber());
    assertEquals(self("account-1"), worker.registeredBy());
    assertEquals(Samples.START, worker.createdAt());
    assertEquals(Optional.of(worker), workers.find(worker.id()));
    assertEquals(Optional.of(worker.id()), workers.guardOf(worker.identityNumber()));
    assertEquals(List.of(new RecordedEvents.Event("worker.registered", worker.id(), 1)), events.all());
  }

  @Test
  void a_second_registration_with_the_same_identity_number_is_a_conflict_naming_the_worker_already_there() {
    Worker first = registerWorker.register(Samples.registration(), self("account-1")).worker();

    Conflict conflict = assertThrows(Conflict.class,
        () -> registerWorker.register(Samples.registration(), self("account-2")));

    assertEquals(Map.of("existingId", first.id()), conflict.details());
    assertEquals(1, workers.count());
    assertEquals(first, workers.find(first.id()).orElseThrow());
    assertEquals(List.of("worker.registered"), events.types());
  }

  @Test
  void another_identity_number_is_another_worker() {
    Worker first = registerWorker.register(Samples.registration(), self("account-1")).worker();
    Worker second = registerWorker.register(Samples.registration(Samples.OTHER_IDENTITY), self("account-2")).worker();

    assertNotEquals(first.id(), second.id());
    assertEquals(2, workers.count());
  }

  @Test
  void a_registration_cut_short_after_its_guard_is_completed_under_the_guarded_id() {
    workers.claimIdentity(Samples.identity(Samples.IDENTITY), "worker-cut-short");
    clock.advance(Duration.ofMinutes(5));

    RegisterWorker.Registered registered = registerWorker.register(Samples.registration(), self("account-1"));

    assertEquals("worker-cut-short", registered.worker().id());
    assertFalse(registered.repeated());
    assertEquals(Optional.of(registered.worker()), workers.find("worker-cut-short"));
    assertEquals(1, workers.count());
    assertEquals(List.of(new RecordedEvents.Event("worker.registered", "worker-cut-short", 1)), events.all());
  }

  @Test
  void a_redelivered_partner_registration_returns_the_same_worker() {
    RegisterWorker.Registered first = registerWorker.registerForPartner("hr-chengdu", "msg-1", Samples.registration());
    clock.advance(Duration.ofSeconds(5));

    RegisterWorker.Registered again = registerWorker.registerForPartner("hr-chengdu", "msg-1", Samples.registration());

    assertEquals(first.worker(), again.worker());
    assertTrue(again.repeated());
    assertEquals(new RegisteredBy(RegisteredBy.Kind.PARTNER, "hr-chengdu"), again.worker().registeredBy());
    assertEquals(1, workers.count());
    // The redelivery may repeat the one registration event (same worker, same version), and nothing else.
    RecordedEvents.Event registration = new RecordedEvents.Event("worker.registered", first.worker().id(), 1);
    assertEquals(List.of(registration, registration), events.all());
  }

  @Test
  void a_second_partner_delivery_for_someone_already_registered_is_a_conflict() {
    Worker first = registerWorker.registerForPartner("hr-chengdu", "msg-1", Samples.registration()).worker();

    Conflict conflict = assertThrows(Conflict.class,
        () -> registerWorker.registerForPartner("hr-chengdu", "msg-2", Samples.registration()));

    assertEquals(first.id(), conflict.details().get("existingId"));
    assertEquals(1, workers.count());
  }

  @Test
  void a_partner_delivery_repeated_concurrently_finishes_as_the_same_registration() {
    InMemoryWorkerStore racing = new InMemoryWorkerStore() {
      private boolean raced;

      @Override
      public boolean insert(Worker worker) {
        if (!raced) {
          raced = true;
          // The same delivery, handled in parallel, gets its insert in first.
          new RegisterWorker(this, events, new ProgrammeClock(clock))
              .registerForPartner("hr-chengdu", "msg-1", Samples.registration());
        }
        return super.insert(worker);
      }
    };

    RegisterWorker.Registered ours = new RegisterWorker(racing, events, new ProgrammeClock(clock))
        .registerForPartner("hr-chengdu", "msg-1", Samples.registration());

    assertTrue(ours.repeated());
    assertEquals(1, racing.count());
  }
}
