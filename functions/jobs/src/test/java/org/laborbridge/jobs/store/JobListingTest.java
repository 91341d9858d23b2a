package org.laborbridge.jobs.store;

import org.junit.jupiter.api.Test;
import org.laborbridge.jobs.domain.JobPosting;
import org.laborbridge.jobs.domain.JobStatus;
import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;
import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.junit.LocalAwsTest;
import org.laborbridge.localaws.provision.ProvisionedStack;
import org.laborbridge.shared.identity.OccupationCode;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.region.CountyCode;
import org.laborbridge.shared.region.Region;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.laborbridge.jobs.store.Fixtures.COOK;
import static org.laborbridge.jobs.store.Fixtures.NINGBO;
import static org.laborbridge.jobs.store.Fixtures.TODAY;
import static org.laborbridge.jobs.store.Fixtures.WELDER;
import static org.laborbridge.jobs.store.Fixtures.ZIYANG;

/** A region's jobs, newest first, page by page: open ones only when listing active jobs. */
@LocalAwsTest
class JobListingTest {

  private static final Instant START = Instant.parse("2026-10-01T00:00:00Z");
  private static final LocalDate OPEN = TODAY.plusDays(30);
  private static final LocalDate EXPIRED = TODAY.minusDays(1);

  /** Sichuan's jobs in posting order; x = past its last valid day, c = closed. Ningbo is another region. */
  private static DynamoJobStore seeded(LocalAws aws, ProvisionedStack stack) {
    DynamoJobStore jobs = new DynamoJobStore(aws.dynamoDb(), stack.tableName("JobsTable"));
    post(jobs, "a1", ZIYANG, WELDER, OPEN, 1);
    post(jobs, "x1", ZIYANG, WELDER, EXPIRED, 2);
    post(jobs, "a2", ZIYANG, COOK, OPEN, 3);
    post(jobs, "x2", ZIYANG, COOK, EXPIRED, 4);
    post(jobs, "a3", ZIYANG, WELDER, TODAY, 5);
    post(jobs, "x3", ZIYANG, WELDER, EXPIRED, 6);
    JobPosting c1 = post(jobs, "c1", ZIYANG, WELDER, EXPIRED, 7);
    jobs.replace(Fixtures.closed(c1, START.plusSeconds(3600)));
    post(jobs, "a4", ZIYANG, WELDER, OPEN, 8);
    post(jobs, "x4", ZIYANG, WELDER, EXPIRED, 9);
    post(jobs, "a5", ZIYANG, COOK, OPEN, 10);
    post(jobs, "n1", NINGBO, WELDER, OPEN, 11);
    return jobs;
  }

  private static JobPosting post(DynamoJobStore jobs, String id, CountyCode county, OccupationCode occupation,
      LocalDate validThrough, int minute) {
    JobPosting job = Fixtures.posted(id, Fixtures.details(county, occupation, validThrough), START.plusSeconds(60L * minute));
    jobs.insert(job);
    return job;
  }

  @Test
  void active_jobs_come_newest_first_in_pages_of_two_without_expired_closed_or_other_regions_jobs(LocalAws aws,
      ProvisionedStack stack) {
    DynamoJobStore jobs = seeded(aws, stack);

    List<List<String>> pages = pages(cursor -> jobs.list(Region.SICHUAN, JobStatus.ACTIVE, Optional.empty(), TODAY,
        new PageRequest(cursor, 2)));

    assertEquals(List.of(List.of("a5", "a4"), List.of("a3", "a2"), List.of("a1")), pages);
  }

  @Test
  void one_occupation_lists_only_its_open_jobs(LocalAws aws, ProvisionedStack stack) {
    DynamoJobStore jobs = seeded(aws, stack);

    List<List<String>> pages = pages(cursor -> jobs.list(Region.SICHUAN, JobStatus.ACTIVE, Optional.of(WELDER), TODAY,
        new PageRequest(cursor, 2)));

    assertEquals(List.of(List.of("a4", "a3"), List.of("a1")), pages);
  }

  @Test
  void closed_jobs_are_listed_under_closed_whatever_their_last_valid_day(LocalAws aws, ProvisionedStack stack) {
    DynamoJobStore jobs = seeded(aws, stack);

    List<List<String>> pages = pages(cursor -> jobs.list(Region.SICHUAN, JobStatus.CLOSED, Optional.empty(), TODAY,
        new PageRequest(cursor, 2)));

    assertEquals(List.of(List.of("c1")), pages);
  }

  @Test
  void a_page_that_holds_the_last_job_carries_no_cursor(LocalAws aws, ProvisionedStack stack) {
    DynamoJobStore jobs = seeded(aws, stack);

    Page<JobPosting> all = jobs.list(Region.SICHUAN, JobStatus.ACTIVE, Optional.empty(), TODAY, PageRequest.first(5));
    Page<JobPosting> ningbo = jobs.list(Region.ZHEJIANG, JobStatus.ACTIVE, Optional.empty(), TODAY, PageRequest.first(1));

    assertEquals(5, all.items().size());
    assertEquals(Optional.empty(), all.nextCursor());
    assertEquals(List.of("n1"), ningbo.items().stream().map(JobPosting::id).toList());
    assertEquals(Optional.empty(), ningbo.nextCursor());
  }

  @Test
  void a_page_fills_up_even_when_more_than_a_reads_worth_of_expired_jobs_lie_between_open_ones(LocalAws aws,
      ProvisionedStack stack) {
    DynamoJobStore jobs = new DynamoJobStore(aws.dynamoDb(), stack.tableName("JobsTable"));
    CountyCode guiyang = CountyCode.parse("520100");
    post(jobs, "old-open", guiyang, WELDER, OPEN, 1);
    for (int i = 0; i < 130; i++) {
      post(jobs, "expired-" + i, guiyang, WELDER, EXPIRED, 2 + i);
    }
    post(jobs, "new-open", guiyang, WELDER, OPEN, 200);

    Page<JobPosting> both = jobs.list(Region.GUIZHOU, JobStatus.ACTIVE, Optional.empty(), TODAY, PageRequest.first(2));
    List<List<String>> oneByOne = pages(cursor -> jobs.list(Region.GUIZHOU, JobStatus.ACTIVE, Optional.empty(), TODAY,
        new PageRequest(cursor, 1)));

    assertEquals(List.of("new-open", "old-open"), both.items().stream().map(JobPosting::id).toList());
    assertEquals(Optional.empty(), both.nextCursor());
    assertEquals(List.of(List.of("new-open"), List.of("old-open")), oneByOne);
  }

  @Test
  void a_cursor_that_was_not_given_out_for_this_list_is_refused_as_invalid_input(LocalAws aws, ProvisionedStack stack) {
    DynamoJobStore jobs = seeded(aws, stack);
    String sichuanCursor = jobs.list(Region.SICHUAN, JobStatus.ACTIVE, Optional.empty(), TODAY, PageRequest.first(1))
        .nextCursor().orElseThrow();
    String changesCursor = jobs.changedSince(START, START.plusSeconds(86_400), PageRequest.first(1)).nextCursor().orElseThrow();
    List<String> bad = List.of(
        "not base64!", "", "x".repeat(5000),
        base64("not json"), base64("null"), base64("[]"), base64("{}"),
        base64("{\"k\":{\"pk\":\"JOB#a1\"}}"),
        base64("{\"k\":{\"pk\":1,\"sk\":\"JOB\",\"gsi1pk\":\"REGION#51#ACTIVE\",\"gsi1sk\":\"x\"}}"),
        base64("{\"k\":{\"pk\":\"JOB#a1\",\"sk\":\"JOB\",\"gsi1pk\":\"REGION#51#ACTIVE\",\"gsi1sk\":\"x\",\"extra\":\"y\"}}"),
        base64("{\"k\":{\"pk\":\"USER#a1\",\"sk\":\"JOB\",\"gsi1pk\":\"REGION#51#ACTIVE\",\"gsi1sk\":\"x\"}}"),
        changesCursor);

    for (String cursor : bad) {
      InvalidValue refused = assertThrows(InvalidValue.class, () -> jobs.list(Region.SICHUAN, JobStatus.ACTIVE,
          Optional.empty(), TODAY, new PageRequest(Optional.of(cursor), 2)), cursor);
      assertEquals("cursor", refused.errors().get(0).field());
    }
    assertThrows(InvalidValue.class, () -> jobs.list(Region.ZHEJIANG, JobStatus.ACTIVE, Optional.empty(), TODAY,
        new PageRequest(Optional.of(sichuanCursor), 2)), "another region's cursor");
    assertThrows(InvalidValue.class, () -> jobs.list(Region.SICHUAN, JobStatus.CLOSED, Optional.empty(), TODAY,
        new PageRequest(Optional.of(sichuanCursor), 2)), "another status's cursor");
  }

  @Test
  void a_cursor_is_url_safe(LocalAws aws, ProvisionedStack stack) {
    DynamoJobStore jobs = seeded(aws, stack);

    String cursor = jobs.list(Region.SICHUAN, JobStatus.ACTIVE, Optional.empty(), TODAY, PageRequest.first(1))
        .nextCursor().orElseThrow();

    assertTrue(cursor.matches("[A-Za-z0-9_-]+"), cursor);
  }

  static String base64(String text) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Follows the cursors from the first page to the last, collecting each page's ids. */
  static List<List<String>> pages(Function<Optional<String>, Page<JobPosting>> list) {
    List<List<String>> pages = new ArrayList<>();
    Optional<String> cursor = Optional.empty();
    do {
      Page<JobPosting> page = list.apply(cursor);
      pages.add(page.items().stream().map(JobPosting::id).toList());
      cursor = page.nextCursor();
      assertTrue(pages.size() < 50, "the cursors should come to an end");
    } while (cursor.isPresent());
    return pages;
  }
}
