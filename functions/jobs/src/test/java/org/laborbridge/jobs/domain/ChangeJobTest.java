package org.laborbridge.jobs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.laborbridge.shared.problem.Conflict;
import org.laborbridge.shared.problem.Forbidden;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.problem.NotFound;
import org.laborbridge.shared.region.Region;
import org.laborbridge.shared.time.ProgrammeClock;
import org.laborbridge.shared.time.SettableClock;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

class ChangeJobTest {

  private final SettableClock clock = Samples.clock();
  private final RecordedEvents events = new RecordedEvents();

  /** Runs {@code competitor} once, just before the next replace: the other writer wins the race. */
  private static final class RacingJobStore extends InMemoryJobStore {
    private Runnable competitor;

    @Override
    public boolean replace(JobPosting job) {
      Runnable now = competitor;
      competitor = null;
      if (now != null) {
        now.run();
      }
      return super.replace(job);
    }
  }

  private final RacingJobStore jobs = new RacingJobStore();
  private final PostJob postJob = new PostJob(jobs, events, new ProgrammeClock(clock));
  private final ChangeJob changeJob = new ChangeJob(jobs, events, new ProgrammeClock(clock));

  /** A job in Chengdu (Sichuan) posted by employer-1, one hour before the test acts. */
  private JobPosting employersJob() {
    JobPosting job = postJob.post(Samples.jobDetails(), Samples.postedByEmployer("employer-1"), Optional.empty()).job();
    clock.advance(Duration.ofHours(1));
    return job;
  }

  private JobPosting partnersJob(String partnerId, String externalId) {
    JobPosting job = postJob.postForPartner(partnerId, externalId, Samples.jobDetails()).job();
    clock.advance(Duration.ofHours(1));
    return job;
  }

  private JobPosting stored(String id) {
    return jobs.find(id).orElseThrow();
  }

  @Test
  void the_employer_who_posted_a_job_can_close_it() {
    JobPosting job = employersJob();

    JobPosting closed = changeJob.close(job.id(), Samples.employer("employer-1"));

    assertEquals(JobStatus.CLOSED, closed.status());
    assertEquals(Optional.of(clock.instant()), closed.closedAtIfClosed());
    assertEquals(clock.instant(), closed.modifiedAt());
    assertEquals(job.createdAt(), closed.createdAt());
    assertEquals(2, closed.version());
    assertEquals(closed, stored(job.id()));
    assertEquals(List.of("job.posted", "job.closed"), events.types());
  }

  @Test
  void staff_of_the_jobs_region_can_close_it() {
    JobPosting job = employersJob();

    changeJob.close(job.id(), Samples.staffOf(Region.SICHUAN));

    assertEquals(JobStatus.CLOSED, stored(job.id()).status());
  }

  @Test
  void staff_of_another_region_may_not_close_a_job() {
    JobPosting job = employersJob();

    assertThrows(Forbidden.class, () -> changeJob.close(job.id(), Samples.staffOf(Region.ZHEJIANG)));

    assertEquals(job, stored(job.id()));
    assertEquals(List.of("job.posted"), events.types());
  }

  @Test
  void another_employer_may_not_close_a_job() {
    JobPosting job = employersJob();

    assertThrows(Forbidden.class, () -> changeJob.close(job.id(), Samples.employer("employer-2")));

    assertEquals(JobStatus.ACTIVE, stored(job.id()).status());
  }

  @Test
  void a_signed_in_user_named_like_a_partner_may_not_close_the_partners_job() {
    JobPosting job = partnersJob("hr-chengdu", "JOB-77");

    assertThrows(Forbidden.class, () -> changeJob.close(job.id(), Samples.employer("hr-chengdu")));

    assertEquals(JobStatus.ACTIVE, stored(job.id()).status());
  }

  @Test
  void closing_a_closed_job_again_keeps_the_first_closing_time_and_version() {
    JobPosting job = employersJob();
    JobPosting first = changeJob.close(job.id(), Samples.employer("employer-1"));
    clock.advance(Duration.ofDays(1));

    JobPosting second = changeJob.close(job.id(), Samples.staffOf(Region.SICHUAN));

    assertEquals(first, second);
    assertEquals(first, stored(job.id()));
    assertEquals(2, second.version());
  }

  @Test
  void closing_an_unknown_job_is_not_found() {
    assertThrows(NotFound.class, () -> changeJob.close("no-such-job", Samples.staffOf(Region.SICHUAN)));
  }

  @Test
  void a_partner_update_changes_the_details_and_bumps_the_version() {
    JobPosting job = partnersJob("hr-chengdu", "JOB-77");
    JobDetails changed = Samples.job().title("Senior welder").openings(3).build();

    JobPosting updated = changeJob.updateForPartner("hr-chengdu", "JOB-77", changed);

    assertEquals(changed, updated.details());
    assertEquals(2, updated.version());
    assertEquals(clock.instant(), updated.modifiedAt());
    assertEquals(job.createdAt(), updated.createdAt());
    assertEquals(updated, stored(job.id()));
    assertEquals(new RecordedEvents.Event("job.updated", job.id(), 2), events.all().get(1));
  }

  @Test
  void a_partner_update_that_changes_nothing_keeps_the_version() {
    JobPosting job = partnersJob("hr-chengdu", "JOB-77");

    JobPosting same = changeJob.updateForPartner("hr-chengdu", "JOB-77", Samples.jobDetails());

    assertEquals(job, same);
    assertEquals(job, stored(job.id()));
    assertEquals(1, same.version());
  }

  @Test
  void a_partner_update_that_only_writes_the_same_salary_with_decimals_keeps_the_version() {
    JobPosting job = partnersJob("hr-chengdu", "JOB-77");
    SalaryRange sameSalary = new SalaryRange(new BigDecimal("6000.00"), new BigDecimal("8000.00"), PayUnit.MONTH, "CNY");

    JobPosting same = changeJob.updateForPartner("hr-chengdu", "JOB-77", Samples.job().salary(sameSalary).build());

    assertEquals(1, same.version());
    assertEquals(job, stored(job.id()));
  }

  @Test
  void a_closed_job_cannot_be_updated() {
    JobPosting job = partnersJob("hr-chengdu", "JOB-77");
    JobPosting closed = changeJob.closeForPartner("hr-chengdu", "JOB-77");

    assertThrows(Conflict.class,
        () -> changeJob.updateForPartner("hr-chengdu", "JOB-77", Samples.job().title("Senior welder").build()));

    assertEquals(closed, stored(job.id()));
  }

  @Test
  void a_partner_update_to_a_last_valid_day_in_the_past_is_refused() {
    JobPosting job = partnersJob("hr-chengdu", "JOB-77");

    InvalidValue refused = assertThrows(InvalidValue.class, () -> changeJob.updateForPartner("hr-chengdu", "JOB-77",
        Samples.job().validThrough(Samples.TODAY.minusDays(1)).build()));

    assertEquals("validThrough", refused.errors().get(0).field());
    assertEquals(job, stored(job.id()));
  }

  @Test
  void a_partner_closes_its_own_job_by_its_own_reference() {
    JobPosting job = partnersJob("hr-chengdu", "JOB-77");

    JobPosting closed = changeJob.closeForPartner("hr-chengdu", "JOB-77");

    assertEquals(job.id(), closed.id());
    assertEquals(JobStatus.CLOSED, stored(job.id()).status());
    assertEquals(new RecordedEvents.Event("job.closed", job.id(), 2), events.all().get(1));
  }

  @Test
  void a_partner_cannot_close_or_update_another_partners_job() {
    JobPosting job = partnersJob("hr-chengdu", "JOB-77");

    // Another partner's reference names no job of its own: it cannot even learn that the job exists.
    assertThrows(NotFound.class, () -> changeJob.closeForPartner("agency-hangzhou", "JOB-77"));
    assertThrows(NotFound.class,
        () -> changeJob.updateForPartner("agency-hangzhou", "JOB-77", Samples.job().title("Taken over").build()));

    assertEquals(job, stored(job.id()));
  }

  @Test
  void changing_a_partner_job_that_was_never_posted_is_not_found() {
    assertThrows(NotFound.class, () -> changeJob.closeForPartner("hr-chengdu", "JOB-404"));
    assertThrows(NotFound.class, () -> changeJob.updateForPartner("hr-chengdu", "JOB-404", Samples.jobDetails()));
  }

  @Test
  void a_close_that_loses_a_race_to_an_update_reads_again_and_closes_the_updated_job() {
    JobPosting job = partnersJob("hr-chengdu", "JOB-77");
    JobDetails changed = Samples.job().title("Senior welder").build();
    jobs.competitor = () -> changeJob.updateForPartner("hr-chengdu", "JOB-77", changed);

    JobPosting closed = changeJob.closeForPartner("hr-chengdu", "JOB-77");

    assertEquals(JobStatus.CLOSED, closed.status());
    assertEquals(changed, closed.details());
    assertEquals(3, closed.version());
    assertEquals(closed, stored(job.id()));
    assertEquals(List.of("job.posted", "job.updated", "job.closed"), events.types());
  }

  @Test
  void an_update_that_loses_a_race_to_a_close_is_a_conflict_and_the_job_stays_closed() {
    JobPosting job = partnersJob("hr-chengdu", "JOB-77");
    Instant closing = clock.instant();
    jobs.competitor = () -> changeJob.close(job.id(), Samples.staffOf(Region.SICHUAN));

    assertThrows(Conflict.class,
        () -> changeJob.updateForPartner("hr-chengdu", "JOB-77", Samples.job().title("Senior welder").build()));

    JobPosting stored = stored(job.id());
    assertEquals(JobStatus.CLOSED, stored.status());
    assertEquals(Optional.of(closing), stored.closedAtIfClosed());
    assertEquals(Samples.jobDetails(), stored.details());
  }

  @Test
  void a_change_that_keeps_losing_races_gives_up_with_a_conflict() {
    InMemoryJobStore alwaysBeaten = new InMemoryJobStore() {
      @Override
      public boolean replace(JobPosting job) {
        return false;
      }
    };
    JobPosting job = new PostJob(alwaysBeaten, events, new ProgrammeClock(clock))
        .post(Samples.jobDetails(), Samples.postedByEmployer("employer-1"), Optional.empty()).job();

    assertThrows(Conflict.class,
        () -> new ChangeJob(alwaysBeaten, events, new ProgrammeClock(clock)).close(job.id(),
            Samples.employer("employer-1")));

    assertEquals(JobStatus.ACTIVE, alwaysBeaten.find(job.id()).orElseThrow().status());
    assertTrue(events.ofType("job.closed").isEmpty());
  }
}
