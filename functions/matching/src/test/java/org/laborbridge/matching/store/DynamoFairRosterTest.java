package org.laborbridge.matching.store;

import org.junit.jupiter.api.Test;
import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.junit.LocalAwsTest;
import org.laborbridge.localaws.provision.ProvisionedStack;
import org.laborbridge.matching.domain.CandidateIndex;
import org.laborbridge.matching.domain.CandidateProfile;
import org.laborbridge.matching.domain.IndexCandidate;
import org.laborbridge.matching.domain.JobFair;
import org.laborbridge.matching.domain.JobOffer;
import org.laborbridge.matching.domain.ListOpenJob;
import org.laborbridge.matching.domain.OpenJobIndex;
import org.laborbridge.shared.region.Region;
import org.laborbridge.shared.time.ProgrammeClock;
import org.laborbridge.shared.time.SettableClock;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The fairs' rosters and the look-ups by id, against local AWS. */
@LocalAwsTest
class DynamoFairRosterTest {

  private static final JobFair FAIR = new JobFair("fair-store", Region.SICHUAN, Instant.parse("2026-12-05T01:00:00Z"),
      Instant.parse("2026-12-05T09:00:00Z"));

  private static DynamoFairRoster roster(LocalAws aws, ProvisionedStack stack) {
    return new DynamoFairRoster(aws.dynamoDb(), stack.tableName("CandidatesTable"));
  }

  @Test
  void a_seat_and_a_booth_confirmed_twice_are_on_the_roster_once_with_the_first_confirmation_facts(LocalAws aws,
      ProvisionedStack stack) {
    DynamoFairRoster roster = roster(aws, stack);

    roster.seat(FAIR, "reg-seat", "w-1");
    roster.seat(FAIR, "reg-seat-again", "w-1");
    roster.booth(FAIR, "reg-booth", List.of("job-1", "job-2"));
    roster.booth(FAIR, "reg-booth", List.of("job-2"));

    assertEquals(List.of("w-1"), roster.seatedWorkers("fair-store").ids());
    assertEquals(List.of("job-1", "job-2"), roster.boothJobs("fair-store").ids());
    assertEquals(List.of(FAIR), roster.fairsOfWorker("w-1").fairs());
    assertEquals(List.of(FAIR), roster.fairsOfJob("job-2").fairs());
    assertEquals(List.of(), roster.fairsOfWorker("w-elsewhere").fairs());
    Map<String, AttributeValue> seat = aws.dynamoDb().getItem(r -> r.tableName(stack.tableName("CandidatesTable"))
        .key(Map.of("pk", AttributeValue.fromS("FAIR#fair-store"), "sk", AttributeValue.fromS("SEAT#w-1")))).item();
    assertEquals("reg-seat", seat.get("registrationId").s());
    assertEquals("2026-12-05T09:00:00Z", seat.get("endsAt").s());
  }

  @Test
  void workers_are_looked_up_by_id_only_when_indexed_consenting_and_settled(LocalAws aws, ProvisionedStack stack) {
    DynamoCandidateIndex index = new DynamoCandidateIndex(aws.dynamoDb(), stack.tableName("CandidatesTable"));
    CandidateProfile indexed = Fixtures.worker("w-look", 2, Set.of(Region.ZHEJIANG, Region.JIANGSU), "6-18-02-04");
    new IndexCandidate(index).index(indexed);
    CandidateProfile withdrawn = new CandidateProfile("w-withdrawn", 1, Region.SICHUAN, null, Set.of(Region.ZHEJIANG),
        false, indexed.occupations(), List.of(), null, null, Set.of(), false, Set.of());
    new IndexCandidate(index).index(withdrawn);
    // A version 2 whose state is saved but whose pool entries are not yet written: its message is still at work.
    CandidateProfile moving = Fixtures.worker("w-moving", 1, Set.of(Region.ZHEJIANG), "6-18-02-04");
    new IndexCandidate(index).index(moving);
    index.saveState("w-moving", new CandidateIndex.IndexState(2, moving.pools(), moving.pools(), false), OptionalLong.of(1));

    CandidateIndex.PoolRead read = index.profiles(List.of("w-look", "w-withdrawn", "w-moving", "w-never-heard-of"));

    assertEquals(List.of(indexed), read.candidates());
  }

  @Test
  void jobs_are_looked_up_by_id_only_while_listed(LocalAws aws, ProvisionedStack stack) {
    DynamoOpenJobIndex index = new DynamoOpenJobIndex(aws.dynamoDb(), stack.tableName("CandidatesTable"));
    ListOpenJob listing = new ListOpenJob(index, new ProgrammeClock(new SettableClock(Fixtures.NOW)));
    JobOffer open = Fixtures.job("job-look");
    listing.list(open);
    JobOffer closed = Fixtures.job("job-look-closed");
    listing.list(closed);
    listing.list(new JobOffer(closed.jobId(), 3, JobOffer.Status.CLOSED, closed.title(), null, closed.region(),
        closed.countyCode(), null, closed.occupation(), closed.skills(), closed.pay(), closed.validThrough(),
        closed.startDate(), false, false, null, closed.postedBy()));

    OpenJobIndex.JobsRead read = index.openJobs(List.of("job-look", "job-look-closed", "job-never-posted", "job-look"));

    assertEquals(List.of(open), read.jobs());
  }
}
