package org.laborbridge.matching.api;

import org.junit.jupiter.api.Test;
import org.laborbridge.matching.store.SqsPushRequests;
import org.laborbridge.shared.message.Envelope;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A worker registered after a job was posted meets it at registration: the open-jobs pools, kept from job events,
 * give the worker the open jobs they fit, under the same rules as the job's own run, and never beyond the job's K
 * (here 2, set as MATCHING_TOP_K would). Each test works in its own province, so the tests do not meet.
 */
class JobsForNewWorkersTest extends MatchingHandlerTest {

  static final int TOP_K = 2;

  @Override
  Map<String, Object> settings() {
    return Map.of("matching.top-k", TOP_K);
  }

  @Test
  void a_worker_registered_after_three_jobs_gets_exactly_the_two_that_fit_and_one_push_for_each() {
    deliverOk(Events.job("job-zj-weld").posted(), Events.job("job-zj-weld-2").paysMonthly("7000").posted(),
        Events.job("job-zj-cook").occupation("4-03-02-01").posted());

    deliverOk(Events.worker("w-new").wants("33").registered());

    assertEquals(List.of("w-new"), matchedWorkers("job-zj-weld"));
    assertEquals(List.of("w-new"), matchedWorkers("job-zj-weld-2"));
    assertEquals(List.of(), matchedWorkers("job-zj-cook"));
    List<Envelope> pushes = takePushes();
    assertEquals(Stream.of(SqsPushRequests.pushId("job-zj-weld", "w-new"), SqsPushRequests.pushId("job-zj-weld-2", "w-new"))
        .sorted().toList(), pushes.stream().map(Envelope::id).sorted().toList());
    Envelope better = pushes.stream().filter(p -> p.data().get("jobId").asText().equals("job-zj-weld-2")).findFirst()
        .orElseThrow();
    // The job's own run would have given the same: same occupation, skills 50%, 7,000 against 6,000, accommodation.
    assertEquals("[\"same occupation\",\"shared skills 50%\",\"pays 17% above expectation\",\"accommodation offered\"]",
        better.data().get("reasons").toString());
    assertEquals("7000", better.data().get("job").get("salary").get("monthlyMinimum").decimalValue().toPlainString());
  }

  @Test
  void a_redelivered_worker_registered_message_adds_nothing() {
    deliverOk(Events.job("job-js-1").in("32").posted(), Events.job("job-js-2").in("32").posted());
    String registered = Events.worker("w-twice").wants("32").registered();
    deliverOk(registered);
    assertEquals(2, takePushes().size());

    deliverOk(registered, registered);
    deliverOk(Events.worker("w-twice").wants("32").version(2).skills("arc welding", "reading drawings").updated());

    assertEquals(List.of("w-twice"), matchedWorkers("job-js-1"));
    assertEquals(List.of("w-twice"), matchedWorkers("job-js-2"));
    assertEquals(List.of(), takePushes());
  }

  @Test
  void a_closed_job_is_not_matched_even_when_an_older_update_arrives_after_the_close() {
    deliverOk(Events.job("job-fj").in("35").posted());
    assertEquals(List.of("job-fj"), listed("JOBS#35#6-18-02"));

    deliverOk(Events.job("job-fj").in("35").version(3).status("CLOSED").closed());
    deliverOk(Events.job("job-fj").in("35").version(2).paysMonthly("9000").updated());
    deliverOk(Events.worker("w-fj").wants("35").registered());

    assertEquals(List.of(), listed("JOBS#35#6-18-02"));
    assertEquals(List.of(), matchedWorkers("job-fj"));
    assertEquals(List.of(), takePushes());
  }

  @Test
  void a_job_at_its_k_cap_gets_no_more_matches_from_new_workers() {
    deliverOk(Events.worker("w-cq-1").wants("50").registered());
    deliverOk(Events.job("job-cq").in("50").posted());

    deliverOk(Events.worker("w-cq-2").wants("50").registered());
    deliverOk(Events.worker("w-cq-3").wants("50").priorityGroups("RELOCATED").registered());
    deliverOk(Events.job("job-cq").in("50").version(2).updated());

    assertEquals(List.of("w-cq-1", "w-cq-2"), matchedWorkers("job-cq").stream().sorted().toList());
    assertEquals(List.of("w-cq-1", "w-cq-2"),
        takePushes().stream().map(p -> p.data().get("workerId").asText()).sorted().toList());
  }

  @Test
  void a_job_whose_last_valid_day_has_passed_is_not_matched_though_it_is_still_listed() {
    deliverOk(Events.job("job-gz").in("52").validThrough(LocalDate.of(2026, 11, 27)).posted());
    assertEquals(List.of("job-gz"), listed("JOBS#52#6-18-02"));
    try {
      // 00:30 on 28 November in Shanghai: the job was valid through the 27th.
      function.clock.set(Instant.parse("2026-11-27T16:30:00Z"));

      deliverOk(Events.worker("w-gz").wants("52").registered());
    } finally {
      function.clock.set(START);
    }

    assertEquals(List.of(), matchedWorkers("job-gz"));
    assertEquals(List.of(), takePushes());
  }

  @Test
  void an_updated_job_leaves_the_partitions_it_no_longer_belongs_to() {
    deliverOk(Events.job("job-move").in("53").posted());
    assertEquals(List.of("job-move"), listed("JOBS#53#6-18-02"));

    deliverOk(Events.job("job-move").in("54").occupation("4-03-02-01").version(2).updated());
    deliverOk(Events.worker("w-yn-welder").wants("53").registered(),
        Events.worker("w-xz-cook").wants("54").occupations("4-03-02-01").registered());

    assertEquals(List.of(), listed("JOBS#53#6-18-02"));
    assertEquals(List.of("job-move"), listed("JOBS#54#4-03-02"));
    assertEquals(List.of("w-xz-cook"), matchedWorkers("job-move"));
    takePushes();
  }
}
