package org.laborbridge.matching.domain;

import org.junit.jupiter.api.Test;
import org.laborbridge.shared.region.Region;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.laborbridge.matching.domain.Samples.TODAY;
import static org.laborbridge.matching.domain.Samples.job;
import static org.laborbridge.matching.domain.Samples.worker;

/** The documented score, worked out by hand. */
class ScoringTest {

  private static Score score(Samples.Job job, Samples.Worker worker) {
    return Scoring.score(job.build(), worker.build());
  }

  @Test
  void every_part_of_the_score_adds_as_documented_with_its_reason() {
    // Same code 40; skills {arc welding} vs {arc welding, reading drawings} = 1/2 → 10;
    // surplus (6500 - 6000) / 6000 = 0.083333 → 1.67; Sichuan home, Zhejiang job: 0; accommodation 5, transport 3, brand 2.
    Score score = score(job("j").accommodation().transport().laborBrand("Sichuan Welders"), worker("w"));

    assertEquals(new BigDecimal("61.67"), score.points());
    assertEquals(List.of("same occupation", "shared skills 50%", "pays 8% above expectation", "accommodation offered",
        "transport offered", "labor brand"), score.reasons());
  }

  @Test
  void the_same_minor_group_scores_twenty_five_instead_of_forty() {
    Score score = score(job("j").skills(), worker("w").occupations("6-18-02-01").expects(null));

    assertEquals(new BigDecimal("25.00"), score.points());
    assertEquals(List.of("same occupation group"), score.reasons());
  }

  @Test
  void skills_compare_without_case_or_surrounding_spaces() {
    Score score = score(job("j").skills("Arc Welding "), worker("w").skills("arc welding").expects(null));

    assertEquals(new BigDecimal("60.00"), score.points());
  }

  @Test
  void a_wage_surplus_counts_up_to_half_again_the_expectation() {
    Score half = score(job("j").skills().paysMonthly("9000"), worker("w").skills().expects("6000"));
    Score double_ = score(job("j").skills().paysMonthly("12000"), worker("w").skills().expects("6000"));

    assertEquals(new BigDecimal("50.00"), half.points());
    assertEquals(new BigDecimal("50.00"), double_.points());
  }

  @Test
  void pay_within_the_tolerance_but_below_the_expectation_costs_a_little() {
    // (5800 - 6000) / 6000 = -0.033333 → -0.67
    Score score = score(job("j").skills().paysMonthly("5800"), worker("w").skills().expects("6000"));

    assertEquals(new BigDecimal("39.33"), score.points());
    assertTrue(score.reasons().contains("pays 3% below expectation"));
  }

  @Test
  void a_job_in_the_home_province_scores_ten_and_next_door_six() {
    Samples.Worker fromSichuan = worker("w").anyRegion().skills().expects(null);

    assertEquals(new BigDecimal("50.00"), score(job("j").in(Region.SICHUAN).skills(), fromSichuan).points());
    assertEquals(new BigDecimal("46.00"), score(job("j").in(Region.CHONGQING).skills(), fromSichuan).points());
    assertEquals(new BigDecimal("40.00"), score(job("j").in(Region.NINGXIA).skills(), fromSichuan).points());
  }

  @Test
  void a_priority_group_multiplies_the_whole_score_by_one_point_two() {
    Score score = score(job("j").skills().accommodation(), worker("w").skills().expects(null)
        .priorityGroups("RELOCATED"));

    assertEquals(new BigDecimal("54.00"), score.points());
    assertEquals("priority group", score.reasons().get(score.reasons().size() - 1));
  }

  @Test
  void a_group_the_programme_does_not_know_earns_no_boost() {
    Score score = score(job("j").skills(), worker("w").skills().expects(null).priorityGroups("SOMETHING_ELSE"));

    assertEquals(new BigDecimal("40.00"), score.points());
  }

  @Test
  void neighbours_follow_the_map_both_ways_and_ningxia_borders_none_of_the_nine() {
    Map<Region, Set<Region>> all = Neighbours.all();

    assertEquals(Set.of(Region.CHONGQING, Region.GUIZHOU, Region.YUNNAN, Region.TIBET), all.get(Region.SICHUAN));
    assertEquals(Set.of(Region.FUJIAN, Region.JIANGSU), all.get(Region.ZHEJIANG));
    assertEquals(Set.of(), all.get(Region.NINGXIA));
    all.forEach((region, next) -> next.forEach(other -> assertTrue(all.get(other).contains(region))));
    assertFalse(Neighbours.border(Region.SICHUAN, Region.SICHUAN));
    assertFalse(Neighbours.border(Region.FUJIAN, Region.JIANGSU));
  }

  @Test
  void ranking_puts_higher_scores_first_and_breaks_ties_by_worker_id_and_drops_whoever_breaks_a_rule() {
    JobOffer job = job("j").skills().build();
    List<CandidateProfile> candidates = List.of(
        worker("w-3").expects(null).build(),
        worker("w-1").expects(null).build(),
        worker("w-2").expects(null).priorityGroups("RELOCATED").build(),
        worker("w-0").expects(null).consented(false).build());

    List<String> order = Ranking.rank(job, candidates, TODAY).stream().map(r -> r.worker().workerId()).toList();

    assertEquals(List.of("w-2", "w-1", "w-3"), order);
  }

  @Test
  void a_worker_read_twice_counts_once_at_the_newer_version() {
    JobOffer job = job("j").build();
    List<CandidateProfile> candidates = List.of(worker("w").version(1).build(),
        worker("w").version(2).consented(false).build());

    assertTrue(Ranking.rank(job, candidates, TODAY).isEmpty());
  }
}
