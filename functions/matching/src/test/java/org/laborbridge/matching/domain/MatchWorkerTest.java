package org.laborbridge.matching.domain;

import org.junit.jupiter.api.Test;
import org.laborbridge.shared.region.Region;
import org.laborbridge.shared.time.ProgrammeClock;
import org.laborbridge.shared.time.SettableClock;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.laborbridge.matching.domain.Samples.job;
import static org.laborbridge.matching.domain.Samples.worker;

class MatchWorkerTest {

  private final SettableClock clock = Samples.clock();
  private final InMemoryCandidateIndex candidates = new InMemoryCandidateIndex();
  private final InMemoryOpenJobIndex openJobs = new InMemoryOpenJobIndex();
  private final InMemoryMatchStore matches = new InMemoryMatchStore();
  private final RecordedPushes pushes = new RecordedPushes();

  private MatchWorker matchWorker(int topK) {
    return new MatchWorker(new IndexCandidate(candidates), openJobs, matches, pushes, new ProgrammeClock(clock), topK);
  }

  private MatchJob matchJob(int topK) {
    return new MatchJob(candidates, new ListOpenJob(openJobs, new ProgrammeClock(clock)), matches, pushes,
        new ProgrammeClock(clock), topK);
  }

  private void post(int topK, Samples.Job... jobs) {
    for (Samples.Job job : jobs) {
      matchJob(topK).match(job.build());
    }
  }

  private List<String> jobsOf(String workerId) {
    return matches.ofWorker(workerId).matches().stream().map(Match::jobId).sorted().toList();
  }

  @Test
  void a_worker_registered_after_three_jobs_gets_the_two_that_fit_best_first_with_one_push_each() {
    post(50, job("j-1"), job("j-2").in(Region.JIANGSU).laborBrand("Jiangsu Welders"),
        job("j-3").occupation("4-03-02-01"));

    MatchWorker.Result result = matchWorker(50).match(worker("w").wants(Region.ZHEJIANG, Region.JIANGSU).build());

    assertEquals(List.of("j-1", "j-2"), jobsOf("w"));
    // Alike but for the labor brand on j-2 (+2 points), which goes first.
    assertEquals(List.of("j-2", "j-1"), pushes.all().stream().map(p -> p.match().jobId()).toList());
    assertEquals(new MatchWorker.Result(IndexCandidate.Outcome.INDEXED, 2, 2, 2, 0, 2, 2), result);
    assertTrue(matches.ofWorker("w").matches().stream().allMatch(Match::pushRequested));
  }

  @Test
  void a_worker_match_has_the_same_score_and_reasons_as_the_job_side_would_give() {
    post(50, job("j"));
    matchWorker(50).match(worker("late").build());
    matchWorker(50).match(worker("early").build());
    post(50, job("k"));

    Match fromWorker = matches.ofWorker("late").matches().get(0);
    Match fromJob = matches.ofWorker("early").matches().stream().filter(m -> m.jobId().equals("k")).findFirst().orElseThrow();
    assertEquals(fromJob.score(), fromWorker.score());
    assertEquals(fromJob.reasons(), fromWorker.reasons());
  }

  @Test
  void a_repeated_worker_message_makes_no_second_match_and_no_second_push() {
    post(50, job("j-1"), job("j-2"));
    matchWorker(50).match(worker("w").build());

    MatchWorker.Result again = matchWorker(50).match(worker("w").build());

    assertEquals(IndexCandidate.Outcome.ALREADY_INDEXED, again.indexed());
    assertEquals(0, again.matchesCreated());
    assertEquals(0, again.pushesRequested());
    assertEquals(List.of("j-1", "j-2"), jobsOf("w"));
    assertEquals(2, pushes.all().size());
    assertEquals(1, matches.placesTaken("j-1"));
  }

  @Test
  void a_closed_job_is_not_matched() {
    post(50, job("j"), job("j").version(2).status(JobOffer.Status.CLOSED));

    matchWorker(50).match(worker("w").build());

    assertEquals(List.of(), jobsOf("w"));
  }

  @Test
  void a_job_past_its_last_valid_day_is_not_matched_though_no_message_took_it_out() {
    post(50, job("j").validThrough(Samples.TODAY));
    // 00:30 on the 28th in Shanghai.
    clock.set(Instant.parse("2026-11-27T16:30:00Z"));

    MatchWorker.Result result = matchWorker(50).match(worker("w").build());

    assertEquals(List.of(), jobsOf("w"));
    assertEquals(1, result.jobsRead());
    assertEquals(0, result.eligible());
  }

  @Test
  void a_job_has_at_most_k_matches_whether_they_come_from_its_own_run_or_from_new_workers() {
    matchWorker(2).match(worker("w-1").build());
    post(2, job("j"));

    matchWorker(2).match(worker("w-2").build());
    MatchWorker.Result third = matchWorker(2).match(worker("w-3").build());

    assertEquals(List.of("w-1", "w-2"), matches.bestFirst("j").stream().map(Match::workerId).sorted().toList());
    assertEquals(1, third.full());
    assertEquals(List.of("w-1", "w-2"), pushes.workers());
    assertEquals(2, matches.placesTaken("j"));
  }

  @Test
  void an_updated_job_run_fills_only_the_places_new_workers_left() {
    post(3, job("j"));
    matchWorker(3).match(worker("w-1").build());
    matchWorker(3).match(worker("w-2").build());
    matchWorker(3).match(worker("w-3").build());
    matchWorker(3).match(worker("w-4").priorityGroups("RELOCATED").build());

    post(3, job("j").version(2));

    assertEquals(3, matches.ofJob("j").matches().size());
    assertEquals(List.of("w-1", "w-2", "w-3"), pushes.workers());
  }

  @Test
  void a_listing_of_a_job_changed_since_it_was_read_makes_no_match() {
    post(50, job("j"));
    // job.updated version 2 has been recorded and is on its way to the listing.
    matches.recordJobVersion("j", 2);

    MatchWorker.Result result = matchWorker(50).match(worker("w").build());

    assertEquals(List.of(), jobsOf("w"));
    assertEquals(1, result.full());
  }

  @Test
  void a_worker_without_consent_or_an_overtaken_message_reads_nothing_and_matches_nothing() {
    post(50, job("j"));

    MatchWorker.Result withdrawn = matchWorker(50).match(worker("w").version(2).consented(false).build());
    MatchWorker.Result old = matchWorker(50).match(worker("w").version(1).build());

    assertEquals(new MatchWorker.Result(IndexCandidate.Outcome.REMOVED, 0, 0, 0, 0, 0, 0), withdrawn);
    assertEquals(new MatchWorker.Result(IndexCandidate.Outcome.STALE, 0, 0, 0, 0, 0, 0), old);
    assertEquals(List.of(), jobsOf("w"));
  }

  @Test
  void the_jobs_read_for_a_worker_are_the_open_jobs_that_could_fit_however_many_other_jobs_there_are() {
    post(50, job("j-1"), job("j-2").in(Region.JIANGSU));
    IntStream.range(0, 200).forEach(i -> post(50, job("other-" + i).in(Region.FUJIAN).occupation("4-03-02-01")));

    MatchWorker.Result result = matchWorker(50).match(worker("w").wants(Region.ZHEJIANG).build());

    assertEquals(1, result.jobsRead());
  }

  @Test
  void a_worker_who_goes_anywhere_reads_one_pool_per_province_and_minor_group() {
    assertEquals(18, worker("w").anyRegion().occupations("6-18-02-04", "6-18-02-01", "4-03-02-01").build().jobPools().size());
    assertEquals(2, worker("w").wants(Region.ZHEJIANG, Region.JIANGSU).build().jobPools().size());
    assertEquals(0, worker("w").consented(false).build().jobPools().size());

    post(50, job("j-1").in(Region.TIBET), job("j-2").in(Region.NINGXIA));
    matchWorker(50).match(worker("w").anyRegion().build());

    assertEquals(List.of("j-1", "j-2"), jobsOf("w"));
  }

  @Test
  void a_push_a_run_cut_short_never_asked_for_is_asked_for_when_the_message_comes_again() {
    post(50, job("j"));
    matches.recordJobVersion("j", 1);
    matches.putUnpushed(new Match("w", "j", 1, new BigDecimal("51.67"), List.of("same occupation"), Samples.NOW, false));

    MatchWorker.Result again = matchWorker(50).match(worker("w").build());

    assertEquals(0, again.matchesCreated());
    assertEquals(List.of("w"), pushes.workers());
    assertTrue(matches.ofWorker("w").matches().get(0).pushRequested());
  }

  @Test
  void the_place_taken_for_a_match_made_meanwhile_by_another_run_is_given_back() {
    post(2, job("j"));
    Match match = new Match("w", "j", 1, new BigDecimal("40"), List.of("same occupation"), Samples.NOW, false);
    matches.takeSlot("j", 1, 2);
    matches.create(match);
    Matchmaker matchmaker = new Matchmaker(matches, pushes, 2);

    assertEquals(Matchmaker.Made.ALREADY_MATCHED, matchmaker.make(match));

    assertEquals(1, matches.placesTaken("j"));
  }
}
