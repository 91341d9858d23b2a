package org.laborbridge.jobs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.problem.Rejected;
import org.laborbridge.shared.time.ProgrammeClock;
import org.laborbridge.shared.time.SettableClock;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

class PostJobTest {

  private final SettableClock clock = Samples.clock();
  private final InMemoryJobStore jobs = new InMemoryJobStore();
  private final RecordedEvents events = new RecordedEvents();
  private final PostJob postJob = new PostJob(jobs, events, new ProgrammeClock(clock));

  private static Optional<IdempotencyKey> key(String value, String fingerprint) {
    return Optional.of(new IdempotencyKey(value, fingerprint));
  }

  @Test
  void a_new_job_is_active_at_version_one_and_matching_hears_of_it() {
    PostJob.Posted posted = postJob.post(Samples.jobDetails(), Samples.postedByEmployer("employer-1"), Optional.empty());

    JobPosting job = posted.job();
    assertFalse(posted.repeated());
    assertEquals(JobStatus.ACTIVE, job.status());
    assertEquals(1, job.version());
    assertEquals(Samples.START, job.createdAt());
    assertEquals(Samples.START, job.modifiedAt());
    assertTrue(job.closedAtIfClosed().isEmpty());
    assertEquals(Optional.of(job), jobs.find(job.id()));
    assertEquals(List.of(new RecordedEvents.Event("job.posted", job.id(), 1)), events.all());
  }

  @Test
  void a_job_whose_last_valid_day_has_passed_is_refused_on_validThrough() {
    JobDetails expired = Samples.job().validThrough(Samples.TODAY.minusDays(1)).build();

    InvalidValue refused = assertThrows(InvalidValue.class,
        () -> postJob.post(expired, Samples.postedByEmployer("employer-1"), Optional.empty()));

    assertEquals("validThrough", refused.errors().get(0).field());
    assertEquals(0, jobs.count());
    assertTrue(events.all().isEmpty());
  }

  @Test
  void a_job_ending_yesterday_in_shanghai_is_refused_while_it_is_still_that_day_in_utc() {
    clock.set(Instant.parse("2024-03-01T17:00:00Z")); // 01:00 on 2 March in Shanghai
    JobDetails endsFirstOfMarch = Samples.job().validThrough(LocalDate.of(2024, 3, 1)).build();

    assertThrows(InvalidValue.class,
        () -> postJob.post(endsFirstOfMarch, Samples.postedByEmployer("employer-1"), Optional.empty()));
  }

  @Test
  void a_job_may_be_valid_through_today() {
    JobDetails endsToday = Samples.job().validThrough(Samples.TODAY).build();

    JobPosting job = postJob.post(endsToday, Samples.postedByEmployer("employer-1"), Optional.empty()).job();

    assertTrue(job.openOn(Samples.TODAY));
  }

  @Test
  void repeating_a_post_with_the_same_idempotency_key_and_body_returns_the_first_job() {
    PostedBy employer = Samples.postedByEmployer("employer-1");
    PostJob.Posted first = postJob.post(Samples.jobDetails(), employer, key("post-1", "sha256:aaa"));
    clock.advance(Duration.ofSeconds(30));

    PostJob.Posted second = postJob.post(Samples.jobDetails(), employer, key("post-1", "sha256:aaa"));

    assertEquals(first.job(), second.job());
    assertTrue(second.repeated());
    assertEquals(1, jobs.count());
    // The repeat finishes a step that may have been cut short: the same event, for the same version.
    assertEquals(List.of("job.posted", "job.posted"), events.types());
    assertEquals(1, events.ofType("job.posted").get(1).version());
  }

  @Test
  void reusing_an_idempotency_key_for_a_different_body_is_rejected() {
    PostedBy employer = Samples.postedByEmployer("employer-1");
    postJob.post(Samples.jobDetails(), employer, key("post-1", "sha256:aaa"));

    JobDetails other = Samples.job().title("Night-shift welder").build();
    assertThrows(Rejected.class, () -> postJob.post(other, employer, key("post-1", "sha256:bbb")));

    assertEquals(1, jobs.count());
    assertEquals("Welder for a bridge steel works", jobs.all().get(0).details().title());
  }

  @Test
  void idempotency_keys_belong_to_the_poster_so_two_employers_may_use_the_same_key() {
    PostJob.Posted mine = postJob.post(Samples.jobDetails(), Samples.postedByEmployer("employer-1"),
        key("post-1", "sha256:aaa"));
    PostJob.Posted theirs = postJob.post(Samples.jobDetails(), Samples.postedByEmployer("employer-2"),
        key("post-1", "sha256:aaa"));

    assertNotEquals(mine.job().id(), theirs.job().id());
    assertFalse(theirs.repeated());
    assertEquals(2, jobs.count());
  }

  @Test
  void posts_without_an_idempotency_key_are_always_new_jobs() {
    PostedBy employer = Samples.postedByEmployer("employer-1");
    postJob.post(Samples.jobDetails(), employer, Optional.empty());
    postJob.post(Samples.jobDetails(), employer, Optional.empty());

    assertEquals(2, jobs.count());
  }

  @Test
  void a_partner_job_keeps_one_id_per_partner_and_reference_and_a_repeat_keeps_the_first_details() {
    PostJob.Posted first = postJob.postForPartner("hr-chengdu", "JOB-77", Samples.jobDetails());
    PostJob.Posted again = postJob.postForPartner("hr-chengdu", "JOB-77", Samples.job().title("Changed").build());
    PostJob.Posted otherPartner = postJob.postForPartner("agency-hangzhou", "JOB-77", Samples.jobDetails());

    assertEquals(first.job().id(), again.job().id());
    assertTrue(again.repeated());
    assertEquals("Welder for a bridge steel works", again.job().details().title());
    assertEquals(PostedBy.partner("hr-chengdu"), first.job().postedBy());
    assertNotEquals(first.job().id(), otherPartner.job().id());
    assertEquals(2, jobs.count());
  }

  @Test
  void a_repeated_post_that_loses_the_race_to_store_the_job_is_told_it_was_repeated() {
    PostedBy employer = Samples.postedByEmployer("employer-1");
    InMemoryJobStore racing = new InMemoryJobStore() {
      private Runnable competitor;

      @Override
      public boolean insert(JobPosting job) {
        Runnable now = competitor;
        competitor = null;
        if (now != null) {
          now.run();
        }
        return super.insert(job);
      }

      {
        // The identical request arrives just after ours looked and found nothing, and stores first.
        competitor = () -> new PostJob(this, events, new ProgrammeClock(clock))
            .post(Samples.jobDetails(), employer, key("post-1", "sha256:aaa"));
      }
    };

    PostJob.Posted ours = new PostJob(racing, events, new ProgrammeClock(clock))
        .post(Samples.jobDetails(), employer, key("post-1", "sha256:aaa"));

    assertEquals(1, racing.count());
    assertTrue(ours.repeated());
  }
}
