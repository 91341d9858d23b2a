package org.laborbridge.jobs.store;

import org.junit.jupiter.api.Test;
import org.laborbridge.jobs.domain.Ids;
import org.laborbridge.jobs.domain.JobPosting;
import org.laborbridge.jobs.domain.JobStatus;
import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.junit.LocalAwsTest;
import org.laborbridge.localaws.provision.ProvisionedStack;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.laborbridge.jobs.store.Fixtures.NOW;

/** A job is stored whole, once, and changed only by whoever read the latest version. */
@LocalAwsTest
class DynamoJobStoreTest {

  @Test
  void a_posted_job_reads_back_with_every_field_it_was_posted_with(LocalAws aws, ProvisionedStack stack) {
    DynamoJobStore jobs = new DynamoJobStore(aws.dynamoDb(), stack.tableName("JobsTable"));
    JobPosting job = Fixtures.posted(Ids.random(), Fixtures.details(), NOW.plusNanos(123_456_789));

    assertTrue(jobs.insert(job));

    assertEquals(Optional.of(job), jobs.find(job.id()));
    assertEquals("6500.5", jobs.find(job.id()).orElseThrow().details().salary().min().toPlainString());
  }

  @Test
  void a_job_with_only_the_required_fields_reads_back_without_inventing_any(LocalAws aws, ProvisionedStack stack) {
    DynamoJobStore jobs = new DynamoJobStore(aws.dynamoDb(), stack.tableName("JobsTable"));
    JobPosting job = Fixtures.posted(Ids.random(), Fixtures.bareDetails(), NOW);

    jobs.insert(job);

    assertEquals(Optional.of(job), jobs.find(job.id()));
  }

  @Test
  void a_closed_job_reads_back_closed_with_its_closing_time(LocalAws aws, ProvisionedStack stack) {
    DynamoJobStore jobs = new DynamoJobStore(aws.dynamoDb(), stack.tableName("JobsTable"));
    JobPosting job = Fixtures.posted(Ids.random(), Fixtures.details(), NOW);
    jobs.insert(job);
    JobPosting closed = Fixtures.closed(job, NOW.plusSeconds(60));

    assertTrue(jobs.replace(closed));

    JobPosting read = jobs.find(job.id()).orElseThrow();
    assertEquals(closed, read);
    assertEquals(JobStatus.CLOSED, read.status());
    assertEquals(Optional.of(NOW.plusSeconds(60)), read.closedAtIfClosed());
  }

  @Test
  void posting_the_same_job_twice_stores_it_once_and_keeps_the_first(LocalAws aws, ProvisionedStack stack) {
    DynamoJobStore jobs = new DynamoJobStore(aws.dynamoDb(), stack.tableName("JobsTable"));
    JobPosting first = Fixtures.posted(Ids.random(), Fixtures.details(), NOW);
    JobPosting retry = Fixtures.posted(first.id(), Fixtures.bareDetails(), NOW.plusSeconds(5));

    assertTrue(jobs.insert(first));
    assertFalse(jobs.insert(retry));

    assertEquals(Optional.of(first), jobs.find(first.id()));
  }

  @Test
  void a_change_made_from_a_stale_read_loses_to_the_change_that_came_first(LocalAws aws, ProvisionedStack stack) {
    DynamoJobStore jobs = new DynamoJobStore(aws.dynamoDb(), stack.tableName("JobsTable"));
    JobPosting job = Fixtures.posted(Ids.random(), Fixtures.details(), NOW);
    jobs.insert(job);
    JobPosting mine = Fixtures.changed(job, NOW.plusSeconds(10));
    JobPosting theirs = Fixtures.closed(job, NOW.plusSeconds(11));

    assertTrue(jobs.replace(mine));
    assertFalse(jobs.replace(theirs));

    assertEquals(Optional.of(mine), jobs.find(job.id()));
  }

  @Test
  void changing_a_job_that_was_never_posted_stores_nothing(LocalAws aws, ProvisionedStack stack) {
    DynamoJobStore jobs = new DynamoJobStore(aws.dynamoDb(), stack.tableName("JobsTable"));
    JobPosting ghost = Fixtures.changed(Fixtures.posted(Ids.random(), Fixtures.details(), NOW), NOW.plusSeconds(1));

    assertFalse(jobs.replace(ghost));

    assertEquals(Optional.empty(), jobs.find(ghost.id()));
  }

  @Test
  void the_job_item_carries_the_keys_of_both_indexes_and_its_details_as_readable_attributes(LocalAws aws,
      ProvisionedStack stack) {
    DynamoJobStore jobs = new DynamoJobStore(aws.dynamoDb(), stack.tableName("JobsTable"));
    JobPosting job = Fixtures.posted("job-1", Fixtures.details(), Instant.parse("2026-11-01T00:00:00Z"));
    jobs.insert(job);

    Map<String, AttributeValue> item = aws.dynamoDb().getItem(r -> r.tableName(stack.tableName("JobsTable"))
        .key(Map.of("pk", AttributeValue.fromS("JOB#job-1"), "sk", AttributeValue.fromS("JOB")))).item();

    assertEquals("REGION#33#ACTIVE", item.get("gsi1pk").s());
    assertEquals("2026-11-01T00:00:00.000000000Z#job-1", item.get("gsi1sk").s());
    assertEquals("CHANGES#2026-11", item.get("gsi2pk").s());
    assertEquals("2026-11-01T00:00:00.000000000Z#job-1", item.get("gsi2sk").s());
    assertEquals("1", item.get("version").n());
    assertEquals("6-18-02-04", item.get("occupationCode").s());
    assertEquals("330200", item.get("countyCode").s());
    assertEquals(Boolean.TRUE, item.get("accommodationOffered").bool());
    assertEquals("6500.5", item.get("salaryMin").n());
    assertEquals("2026-12-20", item.get("validThrough").s());
  }
}
