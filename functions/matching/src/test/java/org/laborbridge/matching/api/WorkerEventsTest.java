package org.laborbridge.matching.api;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Worker events keep the candidate pools current, whatever order they arrive in. */
class WorkerEventsTest extends MatchingHandlerTest {

  @Test
  void a_preference_change_moves_the_worker_to_the_pools_of_the_new_preferences() {
    deliverOk(Events.worker("w-move").wants("33", "32").registered());
    assertEquals(List.of("w-move"), pool("CAND#33#6-18-02"));
    assertEquals(List.of("w-move"), pool("CAND#32#6-18-02"));

    deliverOk(Events.worker("w-move").version(2).wants("35").occupations("4-03-02-01").updated());

    assertEquals(List.of(), pool("CAND#33#6-18-02"));
    assertEquals(List.of(), pool("CAND#32#6-18-02"));
    assertEquals(List.of("w-move"), pool("CAND#35#4-03-02"));
  }

  @Test
  void a_job_after_a_preference_change_goes_by_the_new_preferences() {
    deliverOk(Events.worker("w-late").wants("32").registered(), Events.worker("w-late").version(2).wants("53").updated());

    deliverOk(Events.job("job-jiangsu").in("32").posted(), Events.job("job-yunnan").in("53").posted());

    assertEquals(List.of(), matchedWorkers("job-jiangsu"));
    assertEquals(List.of("w-late"), matchedWorkers("job-yunnan"));
    takePushes();
  }

  @Test
  void worker_events_arriving_out_of_order_leave_the_newest_preferences_in_place() {
    String v1 = Events.worker("w-order").wants("33").registered();
    String v2 = Events.worker("w-order").version(2).wants("50").updated();
    String v3 = Events.worker("w-order").version(3).wants("52").updated();

    deliverOk(v3);
    deliverOk(v1, v2);

    assertEquals(List.of(), pool("CAND#33#6-18-02").stream().filter("w-order"::equals).toList());
    assertEquals(List.of(), pool("CAND#50#6-18-02"));
    assertEquals(List.of("w-order"), pool("CAND#52#6-18-02"));
  }

  @Test
  void a_worker_who_withdraws_consent_leaves_every_pool_and_an_older_message_does_not_bring_them_back() {
    deliverOk(Events.worker("w-withdraw").wants("64").anyRegion().registered());
    assertEquals(List.of("w-withdraw"), pool("CAND#ANY#6-18-02").stream().filter("w-withdraw"::equals).toList());

    deliverOk(Events.worker("w-withdraw").version(2).anyRegion().consent(false).updated());
    deliverOk(Events.worker("w-withdraw").anyRegion().registered());

    assertEquals(List.of(), pool("CAND#ANY#6-18-02").stream().filter("w-withdraw"::equals).toList());
  }
}
