package org.laborbridge.matching.domain;

import org.junit.jupiter.api.Test;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.region.Region;
import org.laborbridge.shared.time.ProgrammeClock;
import org.laborbridge.shared.time.SettableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.laborbridge.matching.domain.Samples.job;
import static org.laborbridge.matching.domain.Samples.worker;

class MatchAtFairTest {

  /** A Spring Breeze fair in Chengdu, Sichuan, on 5 December 2026, 09:00 to 17:00 Shanghai time. */
  private static final JobFair FAIR = new JobFair("fair-chengdu", Region.SICHUAN,
      Instant.parse("2026-12-05T01:00:00Z"), Instant.parse("2026-12-05T09:00:00Z"));

  private final SettableClock clock = Samples.clock();
  private final InMemoryCandidateIndex candidates = new InMemoryCandidateIndex();
  private final InMemoryOpenJobIndex openJobs = new InMemoryOpenJobIndex();
  private final InMemoryMatchStore matches = new InMemoryMatchStore();
  private final InMemoryFairRoster roster = new InMemoryFairRoster();
  private final RecordedPushes pushes = new RecordedPushes();

  private MatchAtFair atFair(int topK) {
    return new MatchAtFair(roster, candidates, openJobs, matches, pushes, new ProgrammeClock(clock), topK);
  }

  private MatchAtFair atFair() {
    return atFair(50);
  }

  /** A worker message handled as the queue handler handles it: the worker's own matching, then their fairs. */
  private MatchAtFair.Result registered(Samples.Worker worker) {
    CandidateProfile profile = worker.build();
    MatchWorker.Result result = new MatchWorker(new IndexCandidate(candidates), openJobs, matches, pushes,
        new ProgrammeClock(clock), 50).match(profile);
    return atFair().seated(profile, result.indexed());
  }

  /** A job message handled as the queue handler handles it: the job's own matching, then its fairs. */
  private MatchAtFair.Result posted(Samples.Job job, int topK) {
    JobOffer offer = job.build();
    MatchJob.Result result = new MatchJob(candidates, new ListOpenJob(openJobs, new ProgrammeClock(clock)), matches,
        pushes, new ProgrammeClock(clock), topK).match(offer);
    return atFair(topK).exhibited(offer, result.outcome());
  }

  private MatchAtFair.Result posted(Samples.Job job) {
    return posted(job, 50);
  }

  private static FairRegistration seat(String workerId) {
    return FairRegistration.seat(FAIR, "reg-" + workerId, workerId);
  }

  private static FairRegistration booth(String... jobIds) {
    return FairRegistration.booth(FAIR, "reg-employer", List.of(jobIds));
  }

  private List<String> jobsOf(String workerId) {
    return matches.ofWorker(workerId).matches().stream().map(Match::jobId).sorted().toList();
  }

  @Test
  void a_seated_worker_gets_a_booth_job_in_a_province_they_did_not_name_with_the_fair_as_a_reason() {
    registered(worker("w").home(Region.SICHUAN).wants(Region.ZHEJIANG));
    posted(job("j-jiangsu").in(Region.JIANGSU));
    atFair().confirmed(booth("j-jiangsu"));
    assertEquals(List.of(), jobsOf("w"), "not a match outside the fair: the worker named only Zhejiang");

    MatchAtFair.Result result = atFair().confirmed(seat("w"));

    assertEquals(new MatchAtFair.Result(MatchAtFair.Outcome.MATCHED, 1, 1, 0, 1, 1, 0, 1, result.readUnits()), result);
    Match match = matches.ofWorker("w").matches().get(0);
    assertEquals("j-jiangsu", match.jobId());
    assertTrue(match.pushRequested());
    // Scored as anywhere (same occupation 40, skills 1 of 2 shared 10, 8% above expectation 1.67), plus the reason.
    assertEquals(Scoring.score(job("j-jiangsu").in(Region.JIANGSU).build(), worker("w").build()).points(), match.score());
    assertEquals(List.of("same occupation", "shared skills 50%", "pays 8% above expectation",
        "registered for the same fair"), match.reasons());
    assertEquals(List.of("w"), pushes.workers());
  }

  @Test
  void the_same_confirmation_twice_makes_one_match_and_one_push() {
    registered(worker("w").wants(Region.ZHEJIANG));
    posted(job("j").in(Region.JIANGSU));
    atFair().confirmed(booth("j"));
    atFair().confirmed(seat("w"));

    MatchAtFair.Result again = atFair().confirmed(seat("w"));
    atFair().confirmed(booth("j"));

    assertEquals(0, again.matchesCreated());
    assertEquals(0, again.pushesRequested());
    assertEquals(List.of("j"), jobsOf("w"));
    assertEquals(1, pushes.all().size());
    assertEquals(1, matches.placesTaken("j"), "a repeat gives back the place it took");
  }

  @Test
  void a_booth_confirmed_after_the_seats_matches_its_jobs_with_the_seated_workers_best_first() {
    registered(worker("w-plain").wants(Region.ZHEJIANG));
    registered(worker("w-priority").wants(Region.FUJIAN).priorityGroups("RELOCATED"));
    registered(worker("w-elsewhere").wants(Region.NINGXIA).occupations("4-03-02-01"));
    posted(job("j").in(Region.JIANGSU));
    atFair().confirmed(seat("w-plain"));
    atFair().confirmed(seat("w-priority"));
    atFair().confirmed(seat("w-elsewhere"));

    MatchAtFair.Result result = atFair().confirmed(booth("j"));

    assertEquals(3, result.onRoster());
    assertEquals(2, result.eligible(), "the cook meets every rule but occupation, which a fair never waives");
    assertEquals(List.of("w-priority", "w-plain"), pushes.workers(), "best first");
    assertEquals(List.of(), jobsOf("w-elsewhere"));
  }

  @Test
  void a_seat_confirmed_after_the_booth_matches_the_worker_with_its_jobs() {
    registered(worker("w").wants(Region.ZHEJIANG));
    posted(job("j-1").in(Region.JIANGSU));
    posted(job("j-2").in(Region.YUNNAN).laborBrand("Yunnan Welders"));
    atFair().confirmed(booth("j-1", "j-2"));

    atFair().confirmed(seat("w"));

    assertEquals(List.of("j-1", "j-2"), jobsOf("w"));
    assertEquals(List.of("j-2", "j-1"), pushes.all().stream().map(p -> p.match().jobId()).toList(),
        "the worker's pushes best first: Yunnan borders Sichuan and has a labor brand");
  }

  @Test
  void a_job_that_breaks_a_hard_constraint_is_not_matched_at_the_fair() {
    registered(worker("w").wants(Region.ZHEJIANG).expects("7000"));
    posted(job("j-low-pay").in(Region.JIANGSU).paysMonthly("6000"));
    posted(job("j-too-soon").in(Region.JIANGSU).paysMonthly("7500").startDate(Samples.TODAY.plusDays(2)));
    posted(job("j-fits").in(Region.JIANGSU).paysMonthly("7500"));
    atFair().confirmed(booth("j-low-pay", "j-fits"));
    atFair().confirmed(FairRegistration.booth(FAIR, "reg-other", List.of("j-too-soon")));

    MatchAtFair.Result result = atFair().confirmed(seat("w"));

    assertEquals(List.of("j-fits"), jobsOf("w"));
    assertEquals(3, result.onRoster());
    assertEquals(1, result.eligible());
  }

  @Test
  void a_worker_without_consent_is_not_matched_at_the_fair_and_counts_as_unknown() {
    registered(worker("w").consented(false));
    posted(job("j").in(Region.JIANGSU));
    atFair().confirmed(booth("j"));

    MatchAtFair.Result result = atFair().confirmed(seat("w"));

    assertEquals(1, result.unknown());
    assertEquals(List.of(), jobsOf("w"));
    assertEquals(List.of(), pushes.all());
  }

  @Test
  void a_seat_confirmed_before_the_worker_is_known_is_matched_when_the_worker_message_comes() {
    posted(job("j").in(Region.JIANGSU));
    atFair().confirmed(booth("j"));
    MatchAtFair.Result early = atFair().confirmed(seat("w"));
    assertEquals(1, early.unknown());

    MatchAtFair.Result late = registered(worker("w").wants(Region.ZHEJIANG));

    assertEquals(1, late.fairs());
    assertEquals(1, late.matchesCreated());
    assertEquals(List.of("j"), jobsOf("w"));
    assertEquals(1, pushes.all().size());
  }

  @Test
  void a_booth_confirmed_before_its_job_is_known_is_matched_when_the_job_message_comes() {
    registered(worker("w").wants(Region.ZHEJIANG));
    atFair().confirmed(seat("w"));
    MatchAtFair.Result early = atFair().confirmed(booth("j"));
    assertEquals(1, early.unknown());

    MatchAtFair.Result late = posted(job("j").in(Region.JIANGSU));

    assertEquals(1, late.matchesCreated());
    assertEquals(List.of("j"), jobsOf("w"));
    assertEquals(1, pushes.all().size());
  }

  @Test
  void a_fair_match_takes_one_of_the_jobs_k_places_and_none_is_left_for_a_second_seated_worker() {
    registered(worker("w-1").wants(Region.ZHEJIANG));
    registered(worker("w-2").wants(Region.ZHEJIANG));
    posted(job("j").in(Region.JIANGSU), 1);
    atFair(1).confirmed(seat("w-1"));
    atFair(1).confirmed(seat("w-2"));

    MatchAtFair.Result result = atFair(1).confirmed(booth("j"));

    assertEquals(1, result.matchesCreated());
    assertEquals(1, result.full());
    assertEquals(List.of("w-1"), matches.bestFirst("j").stream().map(Match::workerId).toList());
  }

  @Test
  void a_worker_already_matched_with_a_job_the_usual_way_is_not_matched_or_pushed_again_at_the_fair() {
    registered(worker("w").wants(Region.JIANGSU));
    posted(job("j").in(Region.JIANGSU));
    atFair().confirmed(booth("j"));

    MatchAtFair.Result result = atFair().confirmed(seat("w"));

    assertEquals(0, result.matchesCreated());
    assertEquals(1, pushes.all().size());
    assertEquals(List.of("same occupation", "shared skills 50%", "pays 8% above expectation"),
        matches.ofWorker("w").matches().get(0).reasons());
  }

  @Test
  void a_confirmation_handled_after_the_fair_has_ended_writes_nothing_and_matches_nobody() {
    registered(worker("w").wants(Region.ZHEJIANG));
    posted(job("j").in(Region.JIANGSU));
    clock.set(FAIR.endsAt());

    MatchAtFair.Result booth = atFair().confirmed(booth("j"));
    MatchAtFair.Result seat = atFair().confirmed(seat("w"));

    assertEquals(MatchAtFair.Outcome.FAIR_OVER, booth.outcome());
    assertEquals(MatchAtFair.Outcome.FAIR_OVER, seat.outcome());
    assertEquals(0, roster.writes());
    assertEquals(List.of(), jobsOf("w"));
  }

  @Test
  void once_the_fair_has_ended_a_worker_change_no_longer_reaches_its_jobs() {
    posted(job("j").in(Region.JIANGSU));
    atFair().confirmed(booth("j"));
    atFair().confirmed(seat("w"));
    clock.advance(Duration.ofDays(9));

    MatchAtFair.Result late = registered(worker("w").wants(Region.ZHEJIANG));

    assertEquals(MatchAtFair.Outcome.NOT_AT_A_FAIR, late.outcome());
    assertEquals(List.of(), jobsOf("w"));
  }

  @Test
  void a_seat_needs_a_worker_and_a_booth_one_to_twenty_jobs() {
    assertThrows(InvalidValue.class, () -> FairRegistration.seat(FAIR, "reg-1", " "));
    assertThrows(InvalidValue.class, () -> FairRegistration.booth(FAIR, "reg-1", List.of()));
    assertThrows(InvalidValue.class, () -> FairRegistration.booth(FAIR, "reg-1",
        java.util.stream.IntStream.rangeClosed(1, 21).mapToObj(i -> "job-" + i).toList()));
    assertEquals(List.of("job-1"), FairRegistration.booth(FAIR, "reg-1", List.of("job-1", "job-1")).jobIds());
  }
}
