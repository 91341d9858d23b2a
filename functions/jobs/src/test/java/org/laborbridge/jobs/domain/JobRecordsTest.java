package org.laborbridge.jobs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.laborbridge.shared.problem.InvalidValue;

import java.math.BigDecimal;

/** The rules salaries, job details and postings check on themselves. */
class JobRecordsTest {

  private static SalaryRange salary(String min, String max, PayUnit unit) {
    return new SalaryRange(new BigDecimal(min), max == null ? null : new BigDecimal(max), unit, SalaryRange.CNY);
  }

  private static String fieldOf(InvalidValue invalid) {
    return invalid.errors().get(0).field();
  }

  @Test
  void a_salary_whose_minimum_is_above_its_maximum_is_refused_on_salary_min() {
    InvalidValue refused = assertThrows(InvalidValue.class, () -> salary("8000", "6000", PayUnit.MONTH));

    assertEquals("salary.min", fieldOf(refused));
  }

  @Test
  void a_negative_salary_is_refused() {
    assertEquals("salary.min", fieldOf(assertThrows(InvalidValue.class, () -> salary("-1", "6000", PayUnit.MONTH))));
  }

  @Test
  void an_hourly_wage_counts_one_hundred_and_seventy_four_hours_a_month() {
    assertEquals(new BigDecimal("4350"), salary("25", "30", PayUnit.HOUR).monthlyMinimum());
  }

  @Test
  void a_daily_wage_counts_twenty_one_and_three_quarter_days_a_month_rounded_down_to_the_yuan() {
    assertEquals(new BigDecimal("4350"), salary("200", "240", PayUnit.DAY).monthlyMinimum());
    assertEquals(new BigDecimal("4371"), salary("201", "240", PayUnit.DAY).monthlyMinimum()); // 4371.75
  }

  @Test
  void a_monthly_wage_is_its_own_monthly_minimum_in_whole_yuan() {
    assertEquals(new BigDecimal("6000"), salary("6000.80", "8000", PayUnit.MONTH).monthlyMinimum());
  }

  @ParameterizedTest
  @ValueSource(strings = {"USD", "cny", "RMB", ""})
  void a_salary_in_anything_but_yuan_is_refused_on_salary_currency(String currency) {
    InvalidValue refused = assertThrows(InvalidValue.class,
        () -> new SalaryRange(new BigDecimal("6000"), new BigDecimal("8000"), PayUnit.MONTH, currency));

    assertEquals("salary.currency", fieldOf(refused));
  }

  @Test
  void a_salary_without_a_maximum_or_currency_is_a_fixed_amount_in_yuan() {
    SalaryRange fixed = new SalaryRange(new BigDecimal("6000"), null, PayUnit.MONTH, null);

    assertEquals(new BigDecimal("6000"), fixed.max());
    assertEquals(SalaryRange.CNY, fixed.currency());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, JobDetails.MAX_OPENINGS + 1})
  void a_job_must_offer_between_one_and_the_most_openings(int openings) {
    InvalidValue refused = assertThrows(InvalidValue.class, () -> Samples.job().openings(openings).build());

    assertEquals("openings", fieldOf(refused));
  }

  @Test
  void a_job_title_is_trimmed_and_cannot_be_blank() {
    assertEquals("Welder", Samples.job().title("  Welder ").build().title());
    assertEquals("title", fieldOf(assertThrows(InvalidValue.class, () -> Samples.job().title("   ").build())));
  }

  @Test
  void a_closed_posting_must_know_when_it_closed() {
    assertThrows(IllegalArgumentException.class, () -> new JobPosting("job-1", Samples.jobDetails(), JobStatus.CLOSED,
        Samples.postedByEmployer("employer-1"), Samples.START, Samples.START, null, 2));
  }

  @Test
  void a_job_is_open_through_its_last_valid_day_and_not_after_nor_once_closed() {
    JobDetails details = Samples.job().validThrough(Samples.TODAY).build();
    JobPosting job = JobPosting.posted("job-1", details, Samples.postedByEmployer("employer-1"), Samples.START);

    assertTrue(job.openOn(Samples.TODAY));
    assertFalse(job.openOn(Samples.TODAY.plusDays(1)));
    assertFalse(job.closed(Samples.START).openOn(Samples.TODAY));
  }
}
