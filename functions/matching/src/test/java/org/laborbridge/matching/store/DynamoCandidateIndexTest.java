package org.laborbridge.matching.store;

import org.junit.jupiter.api.Test;
import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.junit.LocalAwsTest;
import org.laborbridge.localaws.provision.ProvisionedStack;
import org.laborbridge.matching.domain.CandidateIndex;
import org.laborbridge.matching.domain.CandidatePool;
import org.laborbridge.matching.domain.CandidateProfile;
import org.laborbridge.matching.domain.IndexCandidate;
import org.laborbridge.shared.region.Region;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@LocalAwsTest
class DynamoCandidateIndexTest {

  private static final CandidatePool ZHEJIANG_WELDERS = CandidatePool.in(Region.ZHEJIANG, "6-18-02");
  private static final CandidatePool JIANGSU_WELDERS = CandidatePool.in(Region.JIANGSU, "6-18-02");

  private static DynamoCandidateIndex index(LocalAws aws, ProvisionedStack stack) {
    return new DynamoCandidateIndex(aws.dynamoDb(), stack.tableName("CandidatesTable"));
  }

  @Test
  void a_worker_read_back_from_a_pool_is_the_worker_that_went_in(LocalAws aws, ProvisionedStack stack) {
    DynamoCandidateIndex index = index(aws, stack);
    CandidateProfile worker = Fixtures.worker("w-read", 1, Set.of(Region.ZHEJIANG), "6-18-02-04", "6-18-02-01");

    index.put(worker, ZHEJIANG_WELDERS);

    CandidateIndex.PoolRead read = index.read(Set.of(ZHEJIANG_WELDERS, CandidatePool.anyRegion("6-18-02")));
    assertEquals(List.of(worker), read.candidates());
    assertTrue(read.readUnits() > 0);
  }

  @Test
  void pool_items_have_the_documented_keys(LocalAws aws, ProvisionedStack stack) {
    new IndexCandidate(index(aws, stack)).index(Fixtures.worker("w-keys", 1, Set.of(Region.ZHEJIANG), "6-18-02-04"));

    Map<String, AttributeValue> entry = aws.dynamoDb().getItem(r -> r.tableName(stack.tableName("CandidatesTable"))
        .key(Map.of("pk", AttributeValue.fromS("CAND#33#6-18-02"), "sk", AttributeValue.fromS("WORKER#w-keys")))).item();
    Map<String, AttributeValue> profile = aws.dynamoDb().getItem(r -> r.tableName(stack.tableName("CandidatesTable"))
        .key(Map.of("pk", AttributeValue.fromS("WORKER#w-keys"), "sk", AttributeValue.fromS("PROFILE")))).item();
    assertEquals("1", entry.get("version").n());
    assertEquals(List.of(AttributeValue.fromS("CAND#33#6-18-02")), profile.get("poolKeys").l());
    assertEquals(true, profile.get("settled").bool());
    assertEquals("CAND#ANY#4-03-02", CandidatesTable.poolKey(CandidatePool.anyRegion("4-03-02")));
  }

  @Test
  void an_older_version_never_replaces_or_removes_a_newer_item(LocalAws aws, ProvisionedStack stack) {
    DynamoCandidateIndex index = index(aws, stack);
    CandidateProfile two = Fixtures.worker("w-guard", 2, Set.of(Region.ZHEJIANG), "6-18-02-04");

    index.put(two, ZHEJIANG_WELDERS);
    index.put(Fixtures.worker("w-guard", 1, Set.of(Region.ZHEJIANG), "6-18-02-01"), ZHEJIANG_WELDERS);
    index.remove("w-guard", 1, ZHEJIANG_WELDERS);

    assertEquals(List.of(two), index.read(Set.of(ZHEJIANG_WELDERS)).candidates().stream()
        .filter(c -> c.workerId().equals("w-guard")).toList());
    index.remove("w-guard", 2, ZHEJIANG_WELDERS);
    index.remove("w-guard", 2, ZHEJIANG_WELDERS);
    assertTrue(index.read(Set.of(ZHEJIANG_WELDERS)).candidates().stream().noneMatch(c -> c.workerId().equals("w-guard")));
  }

  @Test
  void the_index_state_is_saved_only_over_the_version_that_was_read(LocalAws aws, ProvisionedStack stack) {
    DynamoCandidateIndex index = index(aws, stack);
    CandidateIndex.IndexState one = new CandidateIndex.IndexState(1, Set.of(ZHEJIANG_WELDERS), Set.of(ZHEJIANG_WELDERS), false);
    CandidateIndex.IndexState two = new CandidateIndex.IndexState(2, Set.of(JIANGSU_WELDERS),
        Set.of(ZHEJIANG_WELDERS, JIANGSU_WELDERS), false);

    assertTrue(index.saveState("w-state", one, OptionalLong.empty()));
    assertFalse(index.saveState("w-state", one, OptionalLong.empty()));
    assertTrue(index.saveState("w-state", two, OptionalLong.of(1)));
    assertFalse(index.saveState("w-state", two, OptionalLong.of(1)));
    assertFalse(index.settle("w-state", 1, Set.of(ZHEJIANG_WELDERS)));
    assertTrue(index.settle("w-state", 2, Set.of(JIANGSU_WELDERS)));

    assertEquals(new CandidateIndex.IndexState(2, Set.of(JIANGSU_WELDERS), Set.of(JIANGSU_WELDERS), true),
        index.stateOf("w-state").orElseThrow());
  }

  @Test
  void a_preference_change_moves_the_worker_between_partitions(LocalAws aws, ProvisionedStack stack) {
    DynamoCandidateIndex index = index(aws, stack);
    IndexCandidate indexCandidate = new IndexCandidate(index);

    indexCandidate.index(Fixtures.worker("w-move", 1, Set.of(Region.ZHEJIANG), "6-18-02-04"));
    indexCandidate.index(Fixtures.worker("w-move", 2, Set.of(Region.JIANGSU), "6-18-02-04"));

    assertTrue(index.read(Set.of(ZHEJIANG_WELDERS)).candidates().stream().noneMatch(c -> c.workerId().equals("w-move")));
    assertEquals(List.of(2L), index.read(Set.of(JIANGSU_WELDERS)).candidates().stream()
        .filter(c -> c.workerId().equals("w-move")).map(CandidateProfile::version).toList());
  }
}
