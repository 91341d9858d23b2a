package org.laborbridge.matching.api;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a job event may and may not lead to, and which messages the handler leaves alone. */
class JobEventsTest extends MatchingHandlerTest {

  @Test
  void a_job_past_its_last_valid_day_in_shanghai_or_closed_goes_to_nobody() {
    // In Ningxia, so that no open job of another test in this class reaches the worker when they register.
    deliverOk(Events.worker("w-1").wants("64").registered());

    // 27 November in UTC at 02:00 is already the 27th in Shanghai: a job valid through the 26th is over.
    deliverOk(Events.job("job-expired").in("64").validThrough(java.time.LocalDate.of(2026, 11, 26)).posted(),
        Events.job("job-closed").in("64").status("CLOSED").updated(),
        Events.job("job-closed").in("64").closed());

    assertEquals(List.of(), matchedWorkers("job-expired"));
    assertEquals(List.of(), matchedWorkers("job-closed"));
    assertEquals(List.of(), takePushes());
  }

  @Test
  void each_hard_constraint_keeps_its_worker_out_and_only_the_one_who_meets_them_all_is_matched() {
    // In Guizhou, so that workers of the other tests in this class are not in the pool.
    deliverOk(
        Events.worker("c-ok").wants("52").registered(),
        Events.worker("c-consent").wants("52").consent(false).registered(),
        Events.worker("c-region").wants("35").registered(),
        Events.worker("c-occupation").wants("52").occupations("6-18-03-04").skills("arc welding", "reading drawings")
            .registered(),
        Events.worker("c-salary").wants("52").expects("6900").registered(),
        Events.worker("c-availability").wants("52").availableFrom("2027-01-01").registered());
    deliverOk(Events.worker("c-twice").wants("52").registered());
    deliverOk(Events.job("job-rules").in("52").posted());
    deliverOk(Events.worker("c-twice").wants("52").version(2).expects("5000").updated());

    deliverOk(Events.job("job-rules").in("52").version(2).updated());

    assertEquals(List.of("c-ok", "c-twice"), matchedWorkers("job-rules").stream().sorted().toList());
    assertEquals(2, takePushes().size(), "one push each; the update pushed nobody again");
  }

  @Test
  void a_job_updated_message_arriving_after_the_job_closed_message_that_followed_it_matches_nobody() {
    deliverOk(Events.worker("w-late-close").wants("54").registered());

    deliverOk(Events.job("job-late").in("54").version(3).status("CLOSED").closed());
    deliverOk(Events.job("job-late").in("54").version(2).updated(), Events.job("job-late").in("54").posted());

    assertEquals(List.of(), matchedWorkers("job-late"));
    assertEquals(List.of(), takePushes());
  }

  @Test
  void a_message_of_a_type_matching_does_not_handle_is_acknowledged() {
    String fairEvent = Events.envelope("fair.scheduled", "fair-1", 1, Events.JSON.createObjectNode().put("id", "fair-1"));

    deliverOk(fairEvent);
  }

  @Test
  void a_poison_message_is_reported_failed_while_the_good_ones_in_its_batch_are_handled() {
    var event = MatchingFunction.event(List.of(
        Events.worker("p-good").registered(),
        "this is not an envelope",
        Events.envelope("job.posted", "job-broken", 1, Events.JSON.createObjectNode().put("id", "job-broken")),
        Events.job("job-good").posted()));

    var response = function.send(event);

    assertEquals(List.of(event.getRecords().get(1).getMessageId(), event.getRecords().get(2).getMessageId()),
        MatchingFunction.failedIds(response));
    assertEquals(List.of("p-good"), matchedWorkers("job-good").stream().filter("p-good"::equals).toList());
    takePushes();
  }
}
