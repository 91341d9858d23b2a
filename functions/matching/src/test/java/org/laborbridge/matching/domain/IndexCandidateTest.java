package org.laborbridge.matching.domain;

import org.junit.jupiter.api.Test;
import org.laborbridge.shared.region.Region;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.laborbridge.matching.domain.Samples.worker;

class IndexCandidateTest {

  private final InMemoryCandidateIndex index = new InMemoryCandidateIndex();
  private final IndexCandidate indexCandidate = new IndexCandidate(index);

  @Test
  void a_worker_goes_into_one_pool_per_desired_province_and_occupation_minor_group() {
    CandidateProfile worker = worker("w").wants(Region.ZHEJIANG, Region.JIANGSU)
        .occupations("6-18-02-04", "6-18-02-01", "4-03-02-01").build();

    assertEquals(IndexCandidate.Outcome.INDEXED, indexCandidate.index(worker));

    assertEquals(Set.of(CandidatePool.in(Region.ZHEJIANG, "6-18-02"), CandidatePool.in(Region.JIANGSU, "6-18-02"),
        CandidatePool.in(Region.ZHEJIANG, "4-03-02"), CandidatePool.in(Region.JIANGSU, "4-03-02")), index.poolsOf("w"));
    assertTrue(index.stateOf("w").orElseThrow().settled());
  }

  @Test
  void a_worker_who_goes_anywhere_is_in_the_any_region_pool_only() {
    indexCandidate.index(worker("w").anyRegion().build());

    assertEquals(Set.of(CandidatePool.anyRegion("6-18-02")), index.poolsOf("w"));
  }

  @Test
  void a_preference_change_moves_the_worker_out_of_pools_that_no_longer_apply() {
    indexCandidate.index(worker("w").wants(Region.ZHEJIANG).build());

    indexCandidate.index(worker("w").version(2).wants(Region.FUJIAN).occupations("4-03-02-01").build());

    assertEquals(Set.of(CandidatePool.in(Region.FUJIAN, "4-03-02")), index.poolsOf("w"));
    assertEquals(2, index.stateOf("w").orElseThrow().version());
  }

  @Test
  void withdrawing_consent_takes_the_worker_out_of_every_pool() {
    indexCandidate.index(worker("w").wants(Region.ZHEJIANG, Region.FUJIAN).build());

    assertEquals(IndexCandidate.Outcome.REMOVED, indexCandidate.index(worker("w").version(2).consented(false).build()));

    assertEquals(Set.of(), index.poolsOf("w"));
  }

  @Test
  void an_older_version_arriving_after_a_newer_one_changes_nothing() {
    indexCandidate.index(worker("w").version(3).wants(Region.FUJIAN).build());

    assertEquals(IndexCandidate.Outcome.STALE, indexCandidate.index(worker("w").version(2).wants(Region.JIANGSU).build()));
    assertEquals(IndexCandidate.Outcome.STALE, indexCandidate.index(worker("w").version(1).wants(Region.ZHEJIANG).build()));

    assertEquals(Set.of(CandidatePool.in(Region.FUJIAN, "6-18-02")), index.poolsOf("w"));
    assertEquals(3, index.entry(CandidatePool.in(Region.FUJIAN, "6-18-02"), "w").orElseThrow().version());
  }

  @Test
  void an_old_consenting_version_cannot_put_back_a_worker_who_withdrew_consent() {
    indexCandidate.index(worker("w").version(2).consented(false).build());

    indexCandidate.index(worker("w").version(1).build());

    assertEquals(Set.of(), index.poolsOf("w"));
  }

  @Test
  void the_same_version_again_is_already_indexed() {
    indexCandidate.index(worker("w").build());

    assertEquals(IndexCandidate.Outcome.ALREADY_INDEXED, indexCandidate.index(worker("w").build()));
  }

  @Test
  void a_change_cut_short_before_removing_old_pools_is_finished_by_the_next_version() {
    indexCandidate.index(worker("w").wants(Region.ZHEJIANG).build());
    // Version 2 saved its state and put its item, then its Lambda died before the old pool was emptied.
    CandidateProfile two = worker("w").version(2).wants(Region.JIANGSU).build();
    index.saveState("w", new CandidateIndex.IndexState(2, two.pools(),
        Set.of(CandidatePool.in(Region.ZHEJIANG, "6-18-02"), CandidatePool.in(Region.JIANGSU, "6-18-02")), false),
        java.util.OptionalLong.of(1));
    index.put(two, CandidatePool.in(Region.JIANGSU, "6-18-02"));

    indexCandidate.index(worker("w").version(3).wants(Region.FUJIAN).build());

    assertEquals(Set.of(CandidatePool.in(Region.FUJIAN, "6-18-02")), index.poolsOf("w"));
  }

  @Test
  void a_redelivered_message_finishes_what_its_first_delivery_left_undone() {
    CandidateProfile one = worker("w").build();
    index.saveState("w", new CandidateIndex.IndexState(1, one.pools(), one.pools(), false), java.util.OptionalLong.empty());

    assertEquals(IndexCandidate.Outcome.INDEXED, indexCandidate.index(one));

    assertEquals(one.pools(), index.poolsOf("w"));
  }

  @Test
  void an_older_version_still_writing_when_a_newer_one_overtakes_it_cleans_up_after_itself() {
    indexCandidate.index(worker("w").wants(Region.ZHEJIANG).build());
    // Version 2 has saved its state; just before it puts its Jiangsu item, version 3 runs to the end.
    index.beforePut = () -> indexCandidate.index(worker("w").version(3).wants(Region.FUJIAN).build());

    assertEquals(IndexCandidate.Outcome.STALE, indexCandidate.index(worker("w").version(2).wants(Region.JIANGSU).build()));

    assertEquals(Set.of(CandidatePool.in(Region.FUJIAN, "6-18-02")), index.poolsOf("w"));
  }
}
