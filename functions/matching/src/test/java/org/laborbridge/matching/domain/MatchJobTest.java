package org.laborbridge.matching.domain;

import org.junit.jupiter.api.Test;
import org.laborbridge.shared.region.Region;
import org.laborbridge.shared.time.ProgrammeClock;
import org.laborbridge.shared.time.SettableClock;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.laborbridge.matching.domain.Samples.job;
import static org.laborbridge.matching.domain.Samples.worker;

class MatchJobTest {

  private final SettableClock clock = Samples.clock();
  private final InMemoryCandidateIndex index = new InMemoryCandidateIndex();
  private final InMemoryOpenJobIndex openJobs = new InMemoryOpenJobIndex();
  private final InMemoryMatchStore matches = new InMemoryMatchStore();
  private final RecordedPushes pushes = new RecordedPushes();
  private final IndexCandidate indexCandidate = new IndexCandidate(index);

  private MatchJob matchJob(int topK) {
    return new MatchJob(index, new ListOpenJob(openJobs, new ProgrammeClock(clock)), matches, pushes,
        new ProgrammeClock(clock), topK);
  }

  private void register(Samples.Worker... workers) {
    for (Samples.Worker worker : workers) {
      indexCandidate.index(worker.build());
    }
  }

  @Test
  void the_job_goes_to_every_eligible_worker_best_first_with_one_push_each() {
    register(worker("w-1"), worker("w-2").priorityGroups("RELOCATED"), worker("w-3").consented(false),
        worker("w-4").wants(Region.JIANGSU), worker("w-5").anyRegion().occupations("6-18-02-01"));

    MatchJob.Result result = matchJob(50).match(job("j").build());

    assertEquals(List.of("w-2", "w-1", "w-5"), matches.bestFirst("j").stream().map(Match::workerId).toList());
    assertEquals(List.of("w-2", "w-1", "w-5"), pushes.workers());
    assertEquals(new MatchJob.Result(MatchJob.Outcome.MATCHED, 3, 3, 3, 3, 3), result);
    assertTrue(matches.bestFirst("j").stream().allMatch(Match::pushRequested));
  }

  @Test
  void only_the_top_k_are_matched() {
    IntStream.rangeClosed(1, 9).forEach(i -> register(worker("w-" + i).expects(Integer.toString(5000 + i * 100))));

    matchJob(3).match(job("j").build());

    // A lower expectation leaves a larger surplus: w-1 first.
    assertEquals(List.of("w-1", "w-2", "w-3"), matches.bestFirst("j").stream().map(Match::workerId).toList());
  }

  @Test
  void a_repeated_job_message_makes_no_second_match_and_no_second_push() {
    register(worker("w-1"), worker("w-2"));
    matchJob(50).match(job("j").build());

    MatchJob.Result again = matchJob(50).match(job("j").build());

    assertEquals(0, again.matchesCreated());
    assertEquals(0, again.pushesRequested());
    assertEquals(2, matches.ofJob("j").matches().size());
    assertEquals(List.of("w-1", "w-2"), pushes.workers());
  }

  @Test
  void an_updated_job_matches_only_workers_not_matched_before_and_never_more_than_k_in_all() {
    register(worker("w-1"), worker("w-2"));
    matchJob(3).match(job("j").build());
    register(worker("w-3"), worker("w-4"), worker("w-5").priorityGroups("RELOCATED"));
    clock.advance(Duration.ofHours(1));

    MatchJob.Result update = matchJob(3).match(job("j").version(2).build());

    assertEquals(1, update.matchesCreated());
    assertEquals(List.of("w-1", "w-2", "w-5"), pushes.workers());
    Match newest = matches.ofJob("j").matches().stream().filter(m -> m.workerId().equals("w-5")).findFirst().orElseThrow();
    assertEquals(2, newest.jobVersion());
    assertEquals(Samples.NOW.plus(Duration.ofHours(1)), newest.matchedAt());
  }

  @Test
  void a_push_a_run_cut_short_never_asked_for_is_asked_for_on_the_next_message() {
    register(worker("w-1"));
    matches.putUnpushed(new Match("w-1", "j", 1, new BigDecimal("51.67"), List.of("same occupation"), Samples.NOW, false));

    MatchJob.Result again = matchJob(50).match(job("j").build());

    assertEquals(0, again.matchesCreated());
    assertEquals(List.of("w-1"), pushes.workers());
    assertEquals(new BigDecimal("51.67"), pushes.all().get(0).match().score());
    assertTrue(matches.ofJob("j").matches().get(0).pushRequested());
  }

  @Test
  void a_closed_or_expired_job_reads_nothing_and_matches_nobody() {
    register(worker("w-1"));

    assertEquals(MatchJob.Outcome.JOB_NOT_OPEN, matchJob(50).match(job("j").status(JobOffer.Status.CLOSED).build()).outcome());
    assertEquals(MatchJob.Outcome.JOB_NOT_OPEN,
        matchJob(50).match(job("k").validThrough(Samples.TODAY.minusDays(1)).build()).outcome());
    assertTrue(pushes.all().isEmpty());
  }

  @Test
  void a_job_message_overtaken_by_a_newer_one_matches_nobody() {
    register(worker("w-1"));
    matchJob(50).match(job("j").version(3).status(JobOffer.Status.CLOSED).build());

    MatchJob.Result late = matchJob(50).match(job("j").version(2).build());

    assertEquals(MatchJob.Outcome.STALE, late.outcome());
    assertTrue(matches.ofJob("j").matches().isEmpty());
    assertTrue(pushes.all().isEmpty());
  }

  @Test
  void the_items_read_for_a_job_are_its_two_pools_however_many_other_workers_there_are() {
    register(worker("w-1"), worker("w-2").anyRegion());
    IntStream.range(0, 200).forEach(i -> register(worker("other-" + i).wants(Region.FUJIAN).occupations("4-03-02-01")));

    MatchJob.Result result = matchJob(50).match(job("j").build());

    assertEquals(2, result.candidatesRead());
  }
}
