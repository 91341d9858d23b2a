package org.laborbridge.matching.store;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.junit.LocalAwsTest;
import org.laborbridge.localaws.provision.ProvisionedStack;
import org.laborbridge.matching.domain.IndexCandidate;
import org.laborbridge.matching.domain.ListOpenJob;
import org.laborbridge.matching.domain.MatchJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The capacity read to match one job among 1,000 and among 100,000 workers with the same candidate pool
 * (docs/benchmarks.md). Too slow for every build (100,000 items into the emulator take minutes), so it runs
 * only on demand: {@code mvn -pl functions/matching test -Dtest=HundredThousandWorkersBenchmark -Dlaborbridge.excludedGroups=none}.
 */
@Tag("benchmark")
@LocalAwsTest
class HundredThousandWorkersBenchmark {

  private static final Logger LOG = LoggerFactory.getLogger("benchmark");

  @Test
  void matching_one_job_reads_the_same_capacity_among_one_thousand_and_one_hundred_thousand_workers(LocalAws aws,
      ProvisionedStack stack) {
    String candidates = stack.tableName("CandidatesTable");
    DynamoCandidateIndex index = new DynamoCandidateIndex(aws.dynamoDb(), candidates);
    MatchJob matchJob = new MatchJob(index,
        new ListOpenJob(new DynamoOpenJobIndex(aws.dynamoDb(), candidates), MatchingCapacityTest.clock()),
        new DynamoMatchStore(aws.dynamoDb(), stack.tableName("MatchesTable")),
        new SqsPushRequests(aws.sqs(), stack.queueUrl("PushQueue"), MatchingCapacityTest.clock()),
        MatchingCapacityTest.clock(), MatchJob.DEFAULT_TOP_K);

    IndexCandidate indexCandidate = new IndexCandidate(index);
    IntStream.range(0, 1000).parallel()
        .forEach(i -> indexCandidate.index(i < 200 ? MatchingCapacityTest.inPool(i) : MatchingCapacityTest.elsewhere(i)));
    MatchJob.Result atOneThousand = matchJob.match(MatchingCapacityTest.job("job-at-1000"));

    for (int from = 1000; from < 100_000; from += 10_000) {
      int start = from;
      BulkIndex.write(aws.dynamoDb(), candidates, IntStream.range(start, Math.min(100_000, start + 10_000))
          .mapToObj(MatchingCapacityTest::elsewhere).toList());
    }
    MatchJob.Result atHundredThousand = matchJob.match(MatchingCapacityTest.job("job-at-100000"));

    LOG.info("benchmark matching.job workers=1000 candidatesRead={} rcu={}", atOneThousand.candidatesRead(),
        atOneThousand.readCapacityUnits());
    LOG.info("benchmark matching.job workers=100000 candidatesRead={} rcu={}", atHundredThousand.candidatesRead(),
        atHundredThousand.readCapacityUnits());
    assertEquals(atOneThousand.candidatesRead(), atHundredThousand.candidatesRead());
    assertEquals(atOneThousand.readCapacityUnits(), atHundredThousand.readCapacityUnits());
  }
}
