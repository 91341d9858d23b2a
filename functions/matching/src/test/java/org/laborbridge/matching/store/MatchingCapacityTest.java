package org.laborbridge.matching.store;

import org.junit.jupiter.api.Test;
import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.junit.LocalAwsTest;
import org.laborbridge.localaws.provision.ProvisionedStack;
import org.laborbridge.matching.domain.CandidateProfile;
import org.laborbridge.matching.domain.IndexCandidate;
import org.laborbridge.matching.domain.JobOffer;
import org.laborbridge.matching.domain.ListOpenJob;
import org.laborbridge.matching.domain.MatchJob;
import org.laborbridge.matching.domain.MatchWorker;
import org.laborbridge.shared.identity.OccupationCode;
import org.laborbridge.shared.region.Region;
import org.laborbridge.shared.time.ProgrammeClock;
import org.laborbridge.shared.time.SettableClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The read capacity of matching one job depends on its candidate pool, not on how many workers there are: the
 * same pool of 200 among 1,000 and among 10,000 workers costs the same. Likewise a new worker's depends on the open
 * jobs they could take, not on how many jobs are open. Figures for docs/benchmarks.md are logged as
 * {@code benchmark matching.job ...} and {@code benchmark matching.worker ...}.
 */
@LocalAwsTest
class MatchingCapacityTest {

  private static final Logger LOG = LoggerFactory.getLogger("benchmark");
  private static final List<Region> OTHER_REGIONS = List.of(Region.SICHUAN, Region.CHONGQING, Region.GUIZHOU,
      Region.YUNNAN, Region.TIBET, Region.NINGXIA, Region.FUJIAN, Region.JIANGSU);
  private static final List<String> OTHER_OCCUPATIONS = List.of("4-03-02-01", "6-18-03-04", "2-02-10-03", "6-18-01-01");

  /** Wants Zhejiang (or anywhere), welding minor group 6-18-02: in the pool of the job. */
  static CandidateProfile inPool(int i) {
    boolean anywhere = i % 4 == 0;
    return new CandidateProfile(String.format("pool-%05d", i), 1, Region.SICHUAN, "account-" + i,
        anywhere ? Set.of() : Set.of(Region.ZHEJIANG, Region.JIANGSU), anywhere,
        List.of(OccupationCode.parse(i % 3 == 0 ? "6-18-02-01" : "6-18-02-04")), List.of("arc welding", "grinding"),
        new BigDecimal(5000 + (i % 30) * 100), LocalDate.of(2026, 12, 1), i % 5 == 0 ? Set.of("RELOCATED") : Set.of(),
        true, Set.of("INBOX"));
  }

  /** Wants another region or another trade: never in the pool of the job. */
  static CandidateProfile elsewhere(int i) {
    boolean otherTradeInZhejiang = i % 10 == 0;
    boolean anywhere = i % 10 == 1;
    Set<Region> desired = otherTradeInZhejiang ? Set.of(Region.ZHEJIANG)
        : new HashSet<>(List.of(OTHER_REGIONS.get(i % OTHER_REGIONS.size()),
            OTHER_REGIONS.get((i / 8) % OTHER_REGIONS.size())));
    return new CandidateProfile(String.format("other-%05d", i), 1, Region.SICHUAN, "account-o" + i, desired, anywhere,
        List.of(OccupationCode.parse(OTHER_OCCUPATIONS.get(i % OTHER_OCCUPATIONS.size()))), List.of("cooking"),
        new BigDecimal("5000"), null, Set.of(), true, Set.of("INBOX"));
  }

  static JobOffer job(String id) {
    return new JobOffer(id, 1, JobOffer.Status.ACTIVE,
        "Welder", null, Region.ZHEJIANG, "330200", null, OccupationCode.parse("6-18-02-04"), List.of("arc welding"),
        new JobOffer.Pay(new BigDecimal("6500"), new BigDecimal("9000"), "MONTH",
            new BigDecimal("6500")),
        LocalDate.of(2027, 3, 31), LocalDate.of(2026, 12, 1), true, true, null,
        new JobOffer.Poster("EMPLOYER", "employer-1"));
  }

  @Test
  void matching_one_job_reads_the_same_capacity_among_one_thousand_and_ten_thousand_workers(LocalAws aws,
      ProvisionedStack stack) {
    String candidates = stack.tableName("CandidatesTable");
    DynamoCandidateIndex index = new DynamoCandidateIndex(aws.dynamoDb(), candidates);
    IndexCandidate indexCandidate = new IndexCandidate(index);
    MatchJob matchJob = new MatchJob(index,
        new ListOpenJob(new DynamoOpenJobIndex(aws.dynamoDb(), candidates), clock()),
        new DynamoMatchStore(aws.dynamoDb(), stack.tableName("MatchesTable")),
        new SqsPushRequests(aws.sqs(), stack.queueUrl("PushQueue"), clock()), clock(), MatchJob.DEFAULT_TOP_K);

    // 1,000 workers through the real indexing path: 200 in the job's pool, 800 elsewhere.
    IntStream.range(0, 1000).parallel()
        .forEach(i -> indexCandidate.index(i < 200 ? inPool(i) : elsewhere(i)));
    MatchJob.Result atOneThousand = matchJob.match(job("job-at-1000"));

    // 9,000 more, none in the pool.
    BulkIndex.write(aws.dynamoDb(), candidates, IntStream.range(1000, 10000).mapToObj(MatchingCapacityTest::elsewhere).toList());
    MatchJob.Result atTenThousand = matchJob.match(job("job-at-10000"));

    LOG.info("benchmark matching.job workers=1000 candidatesRead={} eligible={} created={} rcu={}",
        atOneThousand.candidatesRead(), atOneThousand.eligible(), atOneThousand.matchesCreated(),
        atOneThousand.readCapacityUnits());
    LOG.info("benchmark matching.job workers=10000 candidatesRead={} eligible={} created={} rcu={}",
        atTenThousand.candidatesRead(), atTenThousand.eligible(), atTenThousand.matchesCreated(),
        atTenThousand.readCapacityUnits());
    assertEquals(200, atOneThousand.candidatesRead());
    assertEquals(atOneThousand.candidatesRead(), atTenThousand.candidatesRead());
    assertEquals(atOneThousand.readCapacityUnits(), atTenThousand.readCapacityUnits());
    assertEquals(MatchJob.DEFAULT_TOP_K, atTenThousand.matchesCreated());
  }

  /** An open job; the welder of the test below fits it when it is in Fujian in minor group 6-18-02. */
  private static JobOffer opening(String id, Region region, String occupation) {
    return new JobOffer(id, 1, JobOffer.Status.ACTIVE, "Welder", null, region, region.code() + "0100", null,
        OccupationCode.parse(occupation), List.of("arc welding"),
        new JobOffer.Pay(new BigDecimal("7000"), new BigDecimal("9000"), "MONTH", new BigDecimal("7000")),
        LocalDate.of(2027, 3, 31), null, true, false, null, new JobOffer.Poster("EMPLOYER", "employer-2"));
  }

  private static CandidateProfile fujianWelder(String id) {
    return new CandidateProfile(id, 1, Region.SICHUAN, null, Set.of(Region.FUJIAN), false,
        List.of(OccupationCode.parse("6-18-02-04")), List.of("arc welding"), new BigDecimal("6000"), null, Set.of(), true,
        Set.of("INBOX"));
  }

  @Test
  void a_new_worker_reads_the_same_capacity_among_two_hundred_and_two_thousand_open_jobs(LocalAws aws,
      ProvisionedStack stack) {
    String candidates = stack.tableName("CandidatesTable");
    DynamoOpenJobIndex openJobs = new DynamoOpenJobIndex(aws.dynamoDb(), candidates);
    DynamoMatchStore matches = new DynamoMatchStore(aws.dynamoDb(), stack.tableName("MatchesTable"));
    MatchJob matchJob = new MatchJob(new DynamoCandidateIndex(aws.dynamoDb(), candidates), new ListOpenJob(openJobs, clock()),
        matches, new SqsPushRequests(aws.sqs(), stack.queueUrl("PushQueue"), clock()), clock(), MatchJob.DEFAULT_TOP_K);
    MatchWorker matchWorker = new MatchWorker(new IndexCandidate(new DynamoCandidateIndex(aws.dynamoDb(), candidates)),
        openJobs, matches, new SqsPushRequests(aws.sqs(), stack.queueUrl("PushQueue"), clock()), clock(),
        MatchJob.DEFAULT_TOP_K);

    // 200 jobs through the real path: 20 that fit the worker, 180 in other provinces or trades.
    IntStream.range(0, 200).parallel().forEach(i -> matchJob.match(i < 20
        ? opening(String.format("fit-%03d", i), Region.FUJIAN, i % 2 == 0 ? "6-18-02-04" : "6-18-02-01")
        : opening(String.format("other-%05d", i), OTHER_REGIONS.get(i % OTHER_REGIONS.size()),
            OTHER_OCCUPATIONS.get(i % OTHER_OCCUPATIONS.size()))));
    MatchWorker.Result atTwoHundred = matchWorker.match(fujianWelder("welder-1"));

    // 1,800 more open jobs, none the worker could take.
    List<Map<String, AttributeValue>> more = IntStream.range(200, 2000).mapToObj(i -> {
      JobOffer job = opening(String.format("other-%05d", i), OTHER_REGIONS.get(i % OTHER_REGIONS.size()),
          OTHER_OCCUPATIONS.get(i % OTHER_OCCUPATIONS.size()));
      return CandidatesTable.listingItem(job, job.pool());
    }).toList();
    BulkIndex.writeItems(aws.dynamoDb(), candidates, more);
    MatchWorker.Result atTwoThousand = matchWorker.match(fujianWelder("welder-2"));

    LOG.info("benchmark matching.worker openJobs=200 jobsRead={} eligible={} created={} rcu={}",
        atTwoHundred.jobsRead(), atTwoHundred.eligible(), atTwoHundred.matchesCreated(), atTwoHundred.readCapacityUnits());
    LOG.info("benchmark matching.worker openJobs=2000 jobsRead={} eligible={} created={} rcu={}",
        atTwoThousand.jobsRead(), atTwoThousand.eligible(), atTwoThousand.matchesCreated(),
        atTwoThousand.readCapacityUnits());
    assertEquals(20, atTwoHundred.jobsRead());
    assertEquals(20, atTwoHundred.matchesCreated());
    assertEquals(atTwoHundred.jobsRead(), atTwoThousand.jobsRead());
    assertEquals(atTwoHundred.readCapacityUnits(), atTwoThousand.readCapacityUnits());
    assertEquals(20, atTwoThousand.matchesCreated());
  }

  @Test
  void the_bulk_writer_leaves_exactly_the_items_the_indexing_path_writes(LocalAws aws, ProvisionedStack stack) {
    String candidates = stack.tableName("CandidatesTable");
    CandidateProfile worker = inPool(7);
    new IndexCandidate(new DynamoCandidateIndex(aws.dynamoDb(), candidates)).index(worker);
    List<Map<String, AttributeValue>> indexed = itemsOf(aws, candidates, worker);

    BulkIndex.write(aws.dynamoDb(), candidates, List.of(worker));

    assertEquals(indexed, itemsOf(aws, candidates, worker));
  }

  private static List<Map<String, AttributeValue>> itemsOf(LocalAws aws, String table, CandidateProfile worker) {
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    keys.add(CandidatesTable.profileKey(worker.workerId()));
    worker.pools().stream().sorted(Comparator.comparing(CandidatesTable::poolKey))
        .forEach(pool -> keys.add(CandidatesTable.entryKey(worker.workerId(), pool)));
    return keys.stream().map(key -> aws.dynamoDb().getItem(r -> r.tableName(table).key(key).consistentRead(true)).item())
        .toList();
  }

  static ProgrammeClock clock() {
    return new ProgrammeClock(new SettableClock(Fixtures.NOW));
  }
}
