package org.laborbridge.matching.domain;

import org.junit.jupiter.api.Test;
import org.laborbridge.shared.region.Region;
import org.laborbridge.shared.time.ProgrammeClock;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.laborbridge.matching.domain.Samples.job;

class ListOpenJobTest {

  private static final JobPool ZHEJIANG_WELDING = new JobPool(Region.ZHEJIANG, "6-18-02");

  private final InMemoryOpenJobIndex index = new InMemoryOpenJobIndex();
  private final ListOpenJob listOpenJob = new ListOpenJob(index, new ProgrammeClock(Samples.clock()));

  @Test
  void an_open_job_is_listed_in_the_pool_of_its_province_and_minor_group_only() {
    assertEquals(ListOpenJob.Outcome.LISTED, listOpenJob.list(job("j").build()));

    assertEquals(Set.of(ZHEJIANG_WELDING), index.poolsOf("j"));
    assertTrue(index.stateOf("j").orElseThrow().settled());
  }

  @Test
  void a_changed_job_leaves_the_pool_it_no_longer_belongs_to() {
    listOpenJob.list(job("j").build());

    listOpenJob.list(job("j").version(2).in(Region.JIANGSU).occupation("4-03-02-01").build());

    assertEquals(Set.of(new JobPool(Region.JIANGSU, "4-03-02")), index.poolsOf("j"));
  }

  @Test
  void a_closed_job_leaves_its_pool_and_an_older_message_does_not_bring_it_back() {
    listOpenJob.list(job("j").build());

    assertEquals(ListOpenJob.Outcome.UNLISTED, listOpenJob.list(job("j").version(3).status(JobOffer.Status.CLOSED).build()));
    assertEquals(ListOpenJob.Outcome.STALE, listOpenJob.list(job("j").version(2).build()));

    assertEquals(Set.of(), index.poolsOf("j"));
  }

  @Test
  void a_job_whose_last_valid_day_has_passed_is_not_listed() {
    assertEquals(ListOpenJob.Outcome.UNLISTED, listOpenJob.list(job("j").validThrough(Samples.TODAY.minusDays(1)).build()));

    assertEquals(Set.of(), index.poolsOf("j"));
  }

  @Test
  void the_same_version_again_is_already_listed() {
    listOpenJob.list(job("j").build());

    assertEquals(ListOpenJob.Outcome.ALREADY_LISTED, listOpenJob.list(job("j").build()));
  }

  @Test
  void an_older_version_still_writing_when_a_newer_one_closes_the_job_cleans_up_after_itself() {
    listOpenJob.list(job("j").build());
    // Version 2 has saved its state; just before it puts its Jiangsu item, the job.closed of version 3 runs to the end.
    index.beforePut = () -> listOpenJob.list(job("j").version(3).status(JobOffer.Status.CLOSED).build());

    assertEquals(ListOpenJob.Outcome.STALE, listOpenJob.list(job("j").version(2).in(Region.JIANGSU).build()));

    assertEquals(Set.of(), index.poolsOf("j"));
  }
}
