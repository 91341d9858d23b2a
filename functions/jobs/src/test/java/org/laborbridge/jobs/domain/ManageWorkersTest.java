package org.laborbridge.jobs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.laborbridge.shared.problem.Forbidden;
import org.laborbridge.shared.problem.NotFound;
import org.laborbridge.shared.region.Region;
import org.laborbridge.shared.time.ProgrammeClock;
import org.laborbridge.shared.time.SettableClock;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;

class ManageWorkersTest {

  private final SettableClock clock = Samples.clock();
  private final RecordedEvents events = new RecordedEvents();

  /** Runs {@code competitor} once, just before the next replace: another device of the worker wins the race. */
  private static final class RacingWorkerStore extends InMemoryWorkerStore {
    private Runnable competitor;

    @Override
    public boolean replace(Worker worker) {
      Runnable now = competitor;
      competitor = null;
      if (now != null) {
        now.run();
      }
      return super.replace(worker);
    }
  }

  private final RacingWorkerStore workers = new RacingWorkerStore();
  private final ManageWorkers manageWorkers = new ManageWorkers(workers, events, new ProgrammeClock(clock));
  /** Li Wei, from Chengdu (Sichuan), registered from the account {@code account-1} an hour ago. */
  private final Worker liWei;

  ManageWorkersTest() {
    liWei = new RegisterWorker(workers, events, new ProgrammeClock(clock))
        .register(Samples.registration(), new RegisteredBy(RegisteredBy.Kind.SELF, "account-1")).worker();
    clock.advance(Duration.ofHours(1));
  }

  private static WorkerPreferences withWage(WorkerPreferences p, String wage) {
    return new WorkerPreferences(p.desiredRegions(), p.anyRegion(), p.occupations(), p.skills(), new BigDecimal(wage),
        p.availableFrom(), p.priorityGroups(), p.consent());
  }

  private static WorkerPreferences withoutConsent(WorkerPreferences p) {
    return new WorkerPreferences(p.desiredRegions(), p.anyRegion(), p.occupations(), p.skills(),
        p.expectedMonthlyWage(), p.availableFrom(), p.priorityGroups(), PushConsent.none());
  }

  @Test
  void a_worker_reads_their_own_record() {
    assertEquals(liWei, manageWorkers.read(liWei.id(), Samples.workerAccount("account-1")));
  }

  @Test
  void staff_of_the_workers_home_region_may_read_the_record() {
    assertEquals(liWei, manageWorkers.read(liWei.id(), Samples.staffOf(Region.SICHUAN)));
  }

  @Test
  void staff_of_another_region_may_not_read_the_record() {
    assertThrows(Forbidden.class, () -> manageWorkers.read(liWei.id(), Samples.staffOf(Region.ZHEJIANG)));
  }

  @Test
  void another_worker_may_not_read_the_record() {
    assertThrows(Forbidden.class, () -> manageWorkers.read(liWei.id(), Samples.workerAccount("account-2")));
  }

  @Test
  void reading_an_unknown_worker_is_not_found() {
    assertThrows(NotFound.class, () -> manageWorkers.read("no-such-worker", Samples.staffOf(Region.SICHUAN)));
  }

  @Test
  void a_worker_changing_their_preferences_bumps_the_version_and_tells_matching() {
    Worker updated = manageWorkers.changePreferences(liWei.id(), Samples.workerAccount("account-1"),
        p -> withWage(p, "7500"));

    assertEquals(new BigDecimal("7500"), updated.preferences().expectedMonthlyWage());
    assertEquals(2, updated.version());
    assertEquals(clock.instant(), updated.modifiedAt());
    assertEquals(liWei.createdAt(), updated.createdAt());
    assertEquals(updated, workers.find(liWei.id()).orElseThrow());
    assertEquals(new RecordedEvents.Event("worker.updated", liWei.id(), 2), events.all().get(1));
  }

  @Test
  void preferences_set_to_what_they_already_are_change_nothing_and_tell_no_one() {
    Worker same = manageWorkers.changePreferences(liWei.id(), Samples.workerAccount("account-1"),
        p -> withWage(p, "6000"));

    assertEquals(liWei, same);
    assertEquals(liWei, workers.find(liWei.id()).orElseThrow());
    assertEquals(List.of("worker.registered"), events.types());
  }

  @Test
  void the_same_wage_written_with_decimals_is_not_a_change() {
    Worker same = manageWorkers.changePreferences(liWei.id(), Samples.workerAccount("account-1"),
        p -> withWage(p, "6000.00"));

    assertEquals(1, same.version());
    assertEquals(List.of("worker.registered"), events.types());
  }

  @Test
  void only_the_worker_may_change_their_preferences() {
    assertThrows(Forbidden.class, () -> manageWorkers.changePreferences(liWei.id(), Samples.staffOf(Region.SICHUAN),
        p -> withWage(p, "9000")));
    assertThrows(Forbidden.class, () -> manageWorkers.changePreferences(liWei.id(),
        Samples.workerAccount("account-2"), p -> withWage(p, "9000")));

    assertEquals(liWei, workers.find(liWei.id()).orElseThrow());
    assertTrue(events.ofType("worker.updated").isEmpty());
  }

  @Test
  void a_preference_change_that_loses_a_race_is_applied_on_top_of_the_winning_change() {
    workers.competitor = () -> manageWorkers.changePreferences(liWei.id(), Samples.workerAccount("account-1"),
        p -> withWage(p, "7500"));

    Worker updated = manageWorkers.changePreferences(liWei.id(), Samples.workerAccount("account-1"),
        ManageWorkersTest::withoutConsent);

    assertEquals(3, updated.version());
    assertEquals(new BigDecimal("7500"), updated.preferences().expectedMonthlyWage());
    assertEquals(PushConsent.none(), updated.preferences().consent());
    assertEquals(Set.of(), updated.preferences().consent().channels());
    assertEquals(updated, workers.find(liWei.id()).orElseThrow());
    assertEquals(List.of("worker.registered", "worker.updated", "worker.updated"), events.types());
  }
}
