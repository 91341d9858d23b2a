package org.laborbridge.jobs.store;

import org.junit.jupiter.api.Test;
import org.laborbridge.jobs.domain.JobPosting;
import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;
import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.junit.LocalAwsTest;
import org.laborbridge.localaws.provision.ProvisionedStack;
import org.laborbridge.shared.problem.InvalidValue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.laborbridge.jobs.store.JobListingTest.base64;
import static org.laborbridge.jobs.store.JobListingTest.pages;

/** Partners sync from the changes feed: every job changed since a moment, oldest change first, across months. */
@LocalAwsTest
class ChangesFeedTest {

  private static final Instant NOW = Instant.parse("2027-02-10T00:00:00Z");
  private static final Instant SINCE = Instant.parse("2026-10-31T10:00:00Z");

  /**
   * Changes at the end of October, across the turn of the month, in December and February (January is
   * quiet), with fractions of a second that sort wrongly as plain ISO text. One job moves on when it changes.
   */
  private static DynamoJobStore seeded(LocalAws aws, ProvisionedStack stack) {
    DynamoJobStore jobs = new DynamoJobStore(aws.dynamoDb(), stack.tableName("JobsTable"));
    post(jobs, "before", "2026-10-30T10:00:00Z");
    post(jobs, "oct-a", "2026-10-31T10:00:00Z");
    post(jobs, "oct-b", "2026-10-31T10:00:00.250Z");
    post(jobs, "oct-c", "2026-10-31T23:59:59.999Z");
    post(jobs, "nov-a", "2026-11-01T00:00:00Z");
    JobPosting moved = post(jobs, "moved", "2026-10-31T12:00:00Z");
    jobs.replace(Fixtures.changed(moved, Instant.parse("2026-12-24T08:00:00Z")));
    post(jobs, "feb-a", "2027-02-01T00:00:00Z");
    return jobs;
  }

  private static JobPosting post(DynamoJobStore jobs, String id, String at) {
    JobPosting job = Fixtures.posted(id, Fixtures.details(), Instant.parse(at));
    jobs.insert(job);
    return job;
  }

  @Test
  void changes_come_oldest_first_across_month_boundaries_in_pages_of_two(LocalAws aws, ProvisionedStack stack) {
    DynamoJobStore jobs = seeded(aws, stack);

    List<List<String>> pages = pages(cursor -> jobs.changedSince(SINCE, NOW, new PageRequest(cursor, 2)));

    assertEquals(List.of("oct-a", "oct-b", "oct-c", "nov-a", "moved", "feb-a"),
        pages.stream().flatMap(List::stream).toList());
    pages.forEach(page -> assertTrue(page.size() <= 2, pages.toString()));
    assertEquals(List.of("oct-a", "oct-b"), pages.get(0));
  }

  @Test
  void one_page_can_hold_changes_from_several_months(LocalAws aws, ProvisionedStack stack) {
    DynamoJobStore jobs = seeded(aws, stack);

    Page<JobPosting> page = jobs.changedSince(SINCE, NOW, PageRequest.first(10));

    assertEquals(List.of("oct-a", "oct-b", "oct-c", "nov-a", "moved", "feb-a"), page.items().stream().map(JobPosting::id).toList());
    assertEquals(Optional.empty(), page.nextCursor());
  }

  @Test
  void a_job_changed_exactly_at_the_moment_asked_for_is_included_and_one_changed_before_it_is_not(LocalAws aws,
      ProvisionedStack stack) {
    DynamoJobStore jobs = seeded(aws, stack);

    Page<JobPosting> page = jobs.changedSince(Instant.parse("2026-10-31T10:00:00.250Z"), NOW, PageRequest.first(2));

    assertEquals(List.of("oct-b", "oct-c"), page.items().stream().map(JobPosting::id).toList());
  }

  @Test
  void nothing_changed_since_a_moment_after_the_last_change_gives_an_empty_last_page(LocalAws aws, ProvisionedStack stack) {
    DynamoJobStore jobs = seeded(aws, stack);

    Page<JobPosting> page = jobs.changedSince(Instant.parse("2027-02-05T00:00:00Z"), NOW, PageRequest.first(5));

    assertEquals(List.of(), page.items());
    assertEquals(Optional.empty(), page.nextCursor());
  }

  @Test
  void a_cursor_that_was_not_given_out_by_this_feed_is_refused_as_invalid_input(LocalAws aws, ProvisionedStack stack) {
    DynamoJobStore jobs = seeded(aws, stack);
    String cursor = jobs.changedSince(SINCE, NOW, PageRequest.first(1)).nextCursor().orElseThrow();
    List<String> bad = List.of(
        "%%%", base64("{\"k\":{}}"), base64("{\"m\":\"2026-13\",\"k\":{}}"), base64("{\"m\":7,\"k\":{}}"),
        base64("{\"m\":\"2026-09\",\"k\":{}}"),
        base64("{\"m\":\"2026-11\",\"k\":{\"pk\":\"JOB#x\",\"sk\":\"JOB\",\"gsi2pk\":\"CHANGES#2026-10\",\"gsi2sk\":\"2026-10-31T11:00:00.000000000Z#x\"}}"),
        base64("{\"m\":\"2026-10\",\"k\":{\"pk\":\"JOB#x\",\"sk\":\"JOB\",\"gsi2pk\":\"CHANGES#2026-10\",\"gsi2sk\":\"2026-10-01T00:00:00.000000000Z#x\"}}"));

    for (String wrong : bad) {
      assertThrows(InvalidValue.class, () -> jobs.changedSince(SINCE, NOW, new PageRequest(Optional.of(wrong), 2)), wrong);
    }
    // The feed's own cursor, sent with a later "since" than it was made for, no longer fits either.
    assertThrows(InvalidValue.class, () -> jobs.changedSince(Instant.parse("2026-11-01T00:00:00Z"), NOW,
        new PageRequest(Optional.of(cursor), 2)));
  }
}
