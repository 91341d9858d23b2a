package org.laborbridge.matching.domain;

import org.junit.jupiter.api.Test;
import org.laborbridge.shared.region.Region;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.laborbridge.matching.domain.Samples.TODAY;
import static org.laborbridge.matching.domain.Samples.job;
import static org.laborbridge.matching.domain.Samples.worker;

/** Each hard constraint, on its own, keeps a worker from a job; everything else about them fits. */
class HardConstraintTest {

  private static Optional<HardConstraint> unmet(Samples.Job job, Samples.Worker worker) {
    return HardConstraint.firstUnmet(job.build(), worker.build(), TODAY);
  }

  @Test
  void the_sample_worker_meets_every_constraint_of_the_sample_job() {
    assertEquals(Optional.empty(), unmet(job("j"), worker("w")));
  }

  @Test
  void a_closed_job_goes_to_nobody() {
    assertEquals(Optional.of(HardConstraint.JOB_OPEN), unmet(job("j").status(JobOffer.Status.CLOSED), worker("w")));
  }

  @Test
  void a_job_past_its_last_valid_day_in_shanghai_goes_to_nobody_though_it_may_still_be_that_day_in_utc() {
    // 01:00 on 28 November in Shanghai is still 27 November in UTC.
    LocalDate shanghaiToday = LocalDate.of(2026, 11, 28);
    JobOffer endedYesterday = job("j").validThrough(LocalDate.of(2026, 11, 27)).build();

    assertEquals(Optional.of(HardConstraint.JOB_OPEN),
        HardConstraint.firstUnmet(endedYesterday, worker("w").build(), shanghaiToday));
    assertEquals(Optional.empty(), HardConstraint.firstUnmet(endedYesterday, worker("w").build(), TODAY));
  }

  @Test
  void a_worker_who_did_not_consent_to_pushes_gets_none() {
    assertEquals(Optional.of(HardConstraint.CONSENT), unmet(job("j"), worker("w").consented(false)));
  }

  @Test
  void a_job_outside_the_workers_desired_regions_is_not_theirs_unless_they_go_anywhere() {
    assertEquals(Optional.of(HardConstraint.REGION), unmet(job("j").in(Region.FUJIAN), worker("w")));
    assertEquals(Optional.empty(), unmet(job("j").in(Region.FUJIAN), worker("w").anyRegion()));
  }

  @Test
  void an_occupation_of_the_same_minor_group_admits_and_one_of_another_minor_group_does_not() {
    assertEquals(Optional.empty(), unmet(job("j"), worker("w").occupations("6-18-02-01")));
    assertEquals(Optional.of(HardConstraint.OCCUPATION), unmet(job("j"), worker("w").occupations("6-18-03-04")));
  }

  @Test
  void shared_skills_never_admit_a_worker_of_another_minor_group() {
    Samples.Worker sameSkillsOtherTrade = worker("w").occupations("4-03-02-01").skills("arc welding", "reading drawings");

    assertEquals(Optional.of(HardConstraint.OCCUPATION), unmet(job("j"), sameSkillsOtherTrade));
  }

  @Test
  void pay_below_ninety_five_percent_of_the_expectation_excludes_and_exactly_ninety_five_percent_passes() {
    assertEquals(Optional.empty(), unmet(job("j").paysMonthly("6650"), worker("w").expects("7000")));
    assertEquals(Optional.of(HardConstraint.SALARY), unmet(job("j").paysMonthly("6649"), worker("w").expects("7000")));
  }

  @Test
  void a_worker_with_no_wage_expectation_takes_any_pay() {
    assertEquals(Optional.empty(), unmet(job("j").paysMonthly("100"), worker("w").expects(null)));
  }

  @Test
  void a_worker_available_only_after_the_start_date_is_excluded_and_on_the_day_passes() {
    assertEquals(Optional.of(HardConstraint.AVAILABILITY),
        unmet(job("j"), worker("w").availableFrom(LocalDate.of(2026, 12, 2))));
    assertEquals(Optional.empty(), unmet(job("j"), worker("w").availableFrom(LocalDate.of(2026, 12, 1))));
  }

  @Test
  void a_missing_start_date_or_availability_date_sets_no_limit() {
    assertEquals(Optional.empty(), unmet(job("j").startDate(null), worker("w").availableFrom(LocalDate.of(2027, 6, 1))));
    assertEquals(Optional.empty(), unmet(job("j"), worker("w").availableFrom(null)));
  }

  @Test
  void at_a_fair_only_the_workers_desired_regions_are_waived() {
    Samples.Worker wantsZhejiang = worker("w").wants(Region.ZHEJIANG);
    JobOffer inJiangsu = job("j").in(Region.JIANGSU).build();

    assertEquals(Optional.of(HardConstraint.REGION), HardConstraint.firstUnmet(inJiangsu, wantsZhejiang.build(), TODAY));
    assertEquals(Optional.empty(), HardConstraint.firstUnmetAtFair(inJiangsu, wantsZhejiang.build(), TODAY));
    assertEquals(Optional.of(HardConstraint.CONSENT),
        HardConstraint.firstUnmetAtFair(inJiangsu, worker("w").consented(false).build(), TODAY));
    assertEquals(Optional.of(HardConstraint.JOB_OPEN), HardConstraint.firstUnmetAtFair(
        job("j").in(Region.JIANGSU).status(JobOffer.Status.CLOSED).build(), wantsZhejiang.build(), TODAY));
    assertEquals(Optional.of(HardConstraint.SALARY),
        HardConstraint.firstUnmetAtFair(inJiangsu, wantsZhejiang.expects("7000").build(), TODAY));
  }
}
