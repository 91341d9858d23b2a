package org.laborbridge.matching.store;

import org.junit.jupiter.api.Test;
import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.junit.LocalAwsTest;
import org.laborbridge.localaws.provision.ProvisionedStack;
import org.laborbridge.matching.domain.JobOffer;
import org.laborbridge.matching.domain.JobPool;
import org.laborbridge.matching.domain.ListOpenJob;
import org.laborbridge.matching.domain.OpenJobIndex;
import org.laborbridge.shared.identity.OccupationCode;
import org.laborbridge.shared.region.Region;
import org.laborbridge.shared.time.ProgrammeClock;
import org.laborbridge.shared.time.SettableClock;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@LocalAwsTest
class DynamoOpenJobIndexTest {

  private static final JobPool ZHEJIANG_WELDING = new JobPool(Region.ZHEJIANG, "6-18-02");
  private static final JobPool JIANGSU_WELDING = new JobPool(Region.JIANGSU, "6-18-02");

  private static DynamoOpenJobIndex index(LocalAws aws, ProvisionedStack stack) {
    return new DynamoOpenJobIndex(aws.dynamoDb(), stack.tableName("CandidatesTable"));
  }

  private static ListOpenJob listOpenJob(DynamoOpenJobIndex index) {
    return new ListOpenJob(index, new ProgrammeClock(new SettableClock(Fixtures.NOW)));
  }

  private static JobOffer job(String id, long version, Region region) {
    JobOffer job = Fixtures.job(id);
    return new JobOffer(id, version, job.status(), job.title(), "Ningbo Shipyard Co.", region, region.code() + "0200",
        "Ningbo", job.occupation(), job.skills(), job.pay(), job.validThrough(), job.startDate(),
        job.accommodationOffered(), job.transportOffered(), job.laborBrand(), job.postedBy());
  }

  @Test
  void a_job_read_back_from_its_pool_is_the_job_that_went_in(LocalAws aws, ProvisionedStack stack) {
    DynamoOpenJobIndex index = index(aws, stack);
    JobOffer job = job("job-read", 2, Region.ZHEJIANG);
    JobOffer bare = new JobOffer("job-bare", 1, JobOffer.Status.ACTIVE, "Cook", null, Region.ZHEJIANG, "330100", null,
        OccupationCode.parse("6-18-02-01"), List.of(), new JobOffer.Pay(new BigDecimal("25.5"), null, "HOUR",
        new BigDecimal("4437")), LocalDate.of(2026, 12, 31), null, false, false, null,
        new JobOffer.Poster("PARTNER", "partner-1"));

    index.put(job, ZHEJIANG_WELDING);
    index.put(bare, ZHEJIANG_WELDING);

    OpenJobIndex.JobsRead read = index.read(Set.of(ZHEJIANG_WELDING, JIANGSU_WELDING));
    assertEquals(List.of(bare, job), read.jobs().stream().filter(j -> j.jobId().equals("job-bare")
        || j.jobId().equals("job-read")).toList());
    assertTrue(read.readUnits() > 0);
  }

  @Test
  void listing_items_have_the_documented_keys(LocalAws aws, ProvisionedStack stack) {
    listOpenJob(index(aws, stack)).list(job("job-keys", 1, Region.ZHEJIANG));

    Map<String, AttributeValue> listing = aws.dynamoDb().getItem(r -> r.tableName(stack.tableName("CandidatesTable"))
        .key(Map.of("pk", AttributeValue.fromS("JOBS#33#6-18-02"), "sk", AttributeValue.fromS("JOB#job-keys")))).item();
    Map<String, AttributeValue> state = aws.dynamoDb().getItem(r -> r.tableName(stack.tableName("CandidatesTable"))
        .key(Map.of("pk", AttributeValue.fromS("JOB#job-keys"), "sk", AttributeValue.fromS("LISTING")))).item();
    assertEquals("1", listing.get("version").n());
    assertEquals("6500", listing.get("monthlyMinimum").s());
    assertEquals("6500.50", listing.get("salaryMin").s());
    assertEquals(List.of(AttributeValue.fromS("JOBS#33#6-18-02")), state.get("poolKeys").l());
    assertEquals(true, state.get("settled").bool());
  }

  @Test
  void an_older_version_never_replaces_or_removes_a_newer_listing(LocalAws aws, ProvisionedStack stack) {
    DynamoOpenJobIndex index = index(aws, stack);
    JobOffer two = job("job-guard", 2, Region.ZHEJIANG);

    index.put(two, ZHEJIANG_WELDING);
    index.put(job("job-guard", 1, Region.ZHEJIANG), ZHEJIANG_WELDING);
    index.remove("job-guard", 1, ZHEJIANG_WELDING);

    assertEquals(List.of(two), jobsIn(index, ZHEJIANG_WELDING, "job-guard"));
    index.remove("job-guard", 2, ZHEJIANG_WELDING);
    index.remove("job-guard", 2, ZHEJIANG_WELDING);
    assertEquals(List.of(), jobsIn(index, ZHEJIANG_WELDING, "job-guard"));
  }

  @Test
  void the_listing_state_is_saved_only_over_the_version_that_was_read(LocalAws aws, ProvisionedStack stack) {
    DynamoOpenJobIndex index = index(aws, stack);
    OpenJobIndex.ListingState one = new OpenJobIndex.ListingState(1, Set.of(ZHEJIANG_WELDING), Set.of(ZHEJIANG_WELDING), false);
    OpenJobIndex.ListingState closed = new OpenJobIndex.ListingState(2, Set.of(), Set.of(ZHEJIANG_WELDING), false);

    assertTrue(index.saveState("job-state", one, OptionalLong.empty()));
    assertFalse(index.saveState("job-state", one, OptionalLong.empty()));
    assertTrue(index.saveState("job-state", closed, OptionalLong.of(1)));
    assertFalse(index.settle("job-state", 1, Set.of(ZHEJIANG_WELDING)));
    assertTrue(index.settle("job-state", 2, Set.of()));

    assertEquals(new OpenJobIndex.ListingState(2, Set.of(), Set.of(), true), index.stateOf("job-state").orElseThrow());
  }

  @Test
  void a_changed_job_moves_between_partitions_and_a_closed_one_leaves_them_all(LocalAws aws, ProvisionedStack stack) {
    DynamoOpenJobIndex index = index(aws, stack);
    ListOpenJob listOpenJob = listOpenJob(index);

    listOpenJob.list(job("job-move", 1, Region.ZHEJIANG));
    listOpenJob.list(job("job-move", 2, Region.JIANGSU));

    assertEquals(List.of(), jobsIn(index, ZHEJIANG_WELDING, "job-move"));
    assertEquals(List.of(2L), jobsIn(index, JIANGSU_WELDING, "job-move").stream().map(JobOffer::version).toList());

    JobOffer three = job("job-move", 3, Region.JIANGSU);
    listOpenJob.list(new JobOffer("job-move", 3, JobOffer.Status.CLOSED, three.title(), three.employerName(),
        three.region(), three.countyCode(), three.city(), three.occupation(), three.skills(), three.pay(),
        three.validThrough(), three.startDate(), three.accommodationOffered(), three.transportOffered(),
        three.laborBrand(), three.postedBy()));
    assertEquals(ListOpenJob.Outcome.STALE, listOpenJob.list(job("job-move", 2, Region.JIANGSU)));

    assertEquals(List.of(), jobsIn(index, JIANGSU_WELDING, "job-move"));
  }

  private static List<JobOffer> jobsIn(DynamoOpenJobIndex index, JobPool pool, String jobId) {
    return index.read(Set.of(pool)).jobs().stream().filter(j -> j.jobId().equals(jobId)).toList();
  }
}
