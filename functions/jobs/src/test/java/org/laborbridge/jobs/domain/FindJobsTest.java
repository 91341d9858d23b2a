package org.laborbridge.jobs.domain;

import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.laborbridge.shared.identity.OccupationCode;
import org.laborbridge.shared.problem.NotFound;
import org.laborbridge.shared.region.Region;
import org.laborbridge.shared.time.ProgrammeClock;
import org.laborbridge.shared.time.SettableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

class FindJobsTest {

  private final SettableClock clock = Samples.clock();
  private final InMemoryJobStore jobs = new InMemoryJobStore();
  private final RecordedEvents events = new RecordedEvents();
  private final PostJob postJob = new PostJob(jobs, events, new ProgrammeClock(clock));
  private final ChangeJob changeJob = new ChangeJob(jobs, events, new ProgrammeClock(clock));
  private final FindJobs findJobs = new FindJobs(jobs, new ProgrammeClock(clock));

  /** Posts a job, then lets a minute pass so that every job has its own creation time. */
  private JobPosting post(JobDetails details) {
    JobPosting job = postJob.post(details, Samples.postedByEmployer("employer-1"), Optional.empty()).job();
    clock.advance(Duration.ofMinutes(1));
    return job;
  }

  private static List<String> ids(Page<JobPosting> page) {
    return page.items().stream().map(JobPosting::id).toList();
  }

  private Page<JobPosting> active(Region region, PageRequest page) {
    return findJobs.inRegion(region, JobStatus.ACTIVE, Optional.empty(), page);
  }

  @Test
  void a_job_is_found_by_its_id_and_an_unknown_id_is_not_found() {
    JobPosting job = post(Samples.jobDetails());

    assertEquals(job, findJobs.byId(job.id()));
    assertThrows(NotFound.class, () -> findJobs.byId("no-such-job"));
  }

  @Test
  void a_region_lists_its_own_active_jobs_newest_first() {
    JobPosting older = post(Samples.jobDetails());
    post(Samples.job().in(Samples.HANGZHOU).build());
    JobPosting newer = post(Samples.job().in("512000").build());

    Page<JobPosting> sichuan = active(Region.SICHUAN, PageRequest.first(20));

    assertEquals(List.of(newer.id(), older.id()), ids(sichuan));
    assertTrue(sichuan.nextCursor().isEmpty());
  }

  @Test
  void a_job_drops_out_of_the_active_list_after_its_last_valid_day_in_shanghai() {
    JobPosting job = post(Samples.job().validThrough(Samples.TODAY.plusDays(1)).build());

    clock.set(Instant.parse("2024-03-02T15:59:00Z")); // 23:59 on 2 March in Shanghai
    assertEquals(List.of(job.id()), ids(active(Region.SICHUAN, PageRequest.first(20))));

    clock.set(Instant.parse("2024-03-02T16:00:00Z")); // midnight: 3 March in Shanghai
    assertTrue(active(Region.SICHUAN, PageRequest.first(20)).items().isEmpty());
  }

  @Test
  void closed_jobs_are_listed_as_closed_and_not_as_active() {
    JobPosting open = post(Samples.jobDetails());
    JobPosting closed = post(Samples.jobDetails());
    changeJob.close(closed.id(), Samples.staffOf(Region.SICHUAN));

    assertEquals(List.of(open.id()), ids(active(Region.SICHUAN, PageRequest.first(20))));
    assertEquals(List.of(closed.id()),
        ids(findJobs.inRegion(Region.SICHUAN, JobStatus.CLOSED, Optional.empty(), PageRequest.first(20))));
  }

  @Test
  void the_list_can_be_narrowed_to_one_occupation() {
    post(Samples.jobDetails());
    JobPosting cook = post(Samples.job().occupation(Samples.COOK).title("Canteen cook").build());

    Page<JobPosting> cooks = findJobs.inRegion(Region.SICHUAN, JobStatus.ACTIVE,
        Optional.of(OccupationCode.parse(Samples.COOK)), PageRequest.first(20));

    assertEquals(List.of(cook.id()), ids(cooks));
  }

  @Test
  void a_long_list_comes_in_pages_that_join_up_without_gaps_or_repeats() {
    List<String> newestFirst = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      newestFirst.add(0, post(Samples.jobDetails()).id());
    }

    List<String> seen = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    Optional<String> cursor = Optional.empty();
    do {
      Page<JobPosting> page = active(Region.SICHUAN, new PageRequest(cursor, 2));
      seen.addAll(ids(page));
      sizes.add(page.items().size());
      cursor = page.nextCursor();
    } while (cursor.isPresent());

    assertEquals(newestFirst, seen);
    assertEquals(List.of(2, 2, 1), sizes);
  }

  @Test
  void the_changes_feed_lists_posts_updates_and_closes_since_a_time_oldest_change_first() {
    JobPosting before = post(Samples.jobDetails());
    Instant since = clock.instant();
    JobPosting partners = postJob.postForPartner("hr-chengdu", "JOB-77", Samples.jobDetails()).job();
    clock.advance(Duration.ofMinutes(1));
    JobPosting employers = post(Samples.job().in(Samples.HANGZHOU).build());
    changeJob.updateForPartner("hr-chengdu", "JOB-77", Samples.job().title("Senior welder").build());
    clock.advance(Duration.ofMinutes(1));
    changeJob.close(before.id(), Samples.staffOf(Region.SICHUAN));

    Page<JobPosting> changes = findJobs.changedSince(since, PageRequest.first(20));

    assertEquals(List.of(employers.id(), partners.id(), before.id()), ids(changes));
    assertEquals(JobStatus.CLOSED, changes.items().get(2).status());
    assertEquals(2, changes.items().get(1).version());
  }

  @Test
  void the_changes_feed_reaches_back_a_year_and_no_further() {
    Instant now = clock.instant();
    assertEquals(List.of(), findJobs.changedSince(now.minus(Duration.ofDays(366)), PageRequest.first(10)).items());
    org.laborbridge.shared.problem.InvalidValue tooOld = assertThrows(org.laborbridge.shared.problem.InvalidValue.class,
        () -> findJobs.changedSince(now.minus(Duration.ofDays(367)), PageRequest.first(10)));
    assertEquals("since", tooOld.errors().get(0).field());
  }
}
