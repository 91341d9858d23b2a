package org.laborbridge.jobs.store;

import org.junit.jupiter.api.Test;
import org.laborbridge.jobs.domain.Ids;
import org.laborbridge.jobs.domain.PushConsent;
import org.laborbridge.jobs.domain.RegisteredBy;
import org.laborbridge.jobs.domain.Worker;
import org.laborbridge.jobs.domain.WorkerPreferences;
import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.junit.LocalAwsTest;
import org.laborbridge.localaws.provision.ProvisionedStack;
import org.laborbridge.shared.identity.ResidentIdentityNumber;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.laborbridge.jobs.store.Fixtures.NOW;
import static org.laborbridge.jobs.store.Fixtures.identityNumber;

/** One worker per identity number, and a worker's record changed only from its latest version. */
@LocalAwsTest
class DynamoWorkerStoreTest {

  @Test
  void a_registered_worker_reads_back_with_every_field(LocalAws aws, ProvisionedStack stack) {
    DynamoWorkerStore workers = new DynamoWorkerStore(aws.dynamoDb(), stack.tableName("WorkersTable"));
    Worker worker = Fixtures.worker(Ids.random(), identityNumber("51200019900307123"));

    assertTrue(workers.insert(worker));

    Worker read = workers.find(worker.id()).orElseThrow();
    assertEquals(worker, read);
    assertEquals(worker.identityNumber().value(), read.identityNumber().value());
    assertEquals("6000.5", read.preferences().expectedMonthlyWage().toPlainString());
  }

  @Test
  void a_worker_open_to_any_region_without_consent_or_wage_reads_back_so(LocalAws aws, ProvisionedStack stack) {
    DynamoWorkerStore workers = new DynamoWorkerStore(aws.dynamoDb(), stack.tableName("WorkersTable"));
    Worker full = Fixtures.worker(Ids.random(), identityNumber("51200019851111456"));
    Worker worker = new Worker(full.id(), full.name(), full.identityNumber(), full.phone(), full.homeCounty(),
        new WorkerPreferences(Set.of(), true, List.of(Fixtures.COOK), List.of(), null, null, Set.of(), PushConsent.none()),
        new RegisteredBy(RegisteredBy.Kind.STAFF, "staff-1"), NOW, NOW, 1);

    workers.insert(worker);

    assertEquals(Optional.of(worker), workers.find(worker.id()));
  }

  @Test
  void registering_the_same_worker_id_twice_keeps_the_first(LocalAws aws, ProvisionedStack stack) {
    DynamoWorkerStore workers = new DynamoWorkerStore(aws.dynamoDb(), stack.tableName("WorkersTable"));
    Worker worker = Fixtures.worker(Ids.random(), identityNumber("51200019900307221"));

    assertTrue(workers.insert(worker));
    assertFalse(workers.insert(worker));
  }

  @Test
  void a_change_from_a_stale_read_loses_and_one_from_the_latest_version_wins(LocalAws aws, ProvisionedStack stack) {
    DynamoWorkerStore workers = new DynamoWorkerStore(aws.dynamoDb(), stack.tableName("WorkersTable"));
    Worker worker = Fixtures.worker(Ids.random(), identityNumber("51200019900307310"));
    workers.insert(worker);
    Worker next = withVersion(worker, 2, PushConsent.none());
    Worker stale = withVersion(worker, 2, new PushConsent(true, Set.of(PushConsent.Channel.APP)));

    assertTrue(workers.replace(next));
    assertFalse(workers.replace(stale));

    assertEquals(Optional.of(next), workers.find(worker.id()));
  }

  @Test
  void the_first_claim_on_an_identity_number_wins_and_later_claims_learn_the_owner(LocalAws aws, ProvisionedStack stack) {
    DynamoWorkerStore workers = new DynamoWorkerStore(aws.dynamoDb(), stack.tableName("WorkersTable"));
    ResidentIdentityNumber number = identityNumber("51200019900307409");

    assertEquals("worker-a", workers.claimIdentity(number, "worker-a"));
    assertEquals("worker-a", workers.claimIdentity(number, "worker-b"));
    assertEquals("worker-a", workers.claimIdentity(number, "worker-a"));
    assertEquals("worker-c", workers.claimIdentity(identityNumber("51200019900307506"), "worker-c"));
  }

  @Test
  void the_guard_item_is_keyed_by_a_hash_and_the_worker_item_holds_the_number_and_phone(LocalAws aws,
      ProvisionedStack stack) throws Exception {
    String table = stack.tableName("WorkersTable");
    DynamoWorkerStore workers = new DynamoWorkerStore(aws.dynamoDb(), table);
    ResidentIdentityNumber number = identityNumber("51200019900307604");
    workers.claimIdentity(number, "worker-z");
    workers.insert(Fixtures.worker("worker-z", number));

    String hash = sha256Hex(number.value());
    Map<String, AttributeValue> guard = aws.dynamoDb().getItem(r -> r.tableName(table)
        .key(Map.of("pk", AttributeValue.fromS("IDENTITY#" + hash), "sk", AttributeValue.fromS("IDENTITY"))))
        .item();
    Map<String, AttributeValue> stored = aws.dynamoDb().getItem(r -> r.tableName(table)
        .key(Map.of("pk", AttributeValue.fromS("WORKER#worker-z"), "sk", AttributeValue.fromS("WORKER")))).item();

    assertEquals(Set.of("pk", "sk", "workerId"), guard.keySet());
    assertEquals("worker-z", guard.get("workerId").s());
    assertEquals(number.value(), stored.get("identityNumber").s());
    assertEquals("13812345678", stored.get("phone").s());
    assertEquals("CONSENTED#51", stored.get("gsi1pk").s(), "a consenting worker feeds the audience index");
    assertEquals("worker-z", stored.get("gsi1sk").s());
  }

  @Test
  void a_consenting_worker_is_in_the_audience_index_of_their_home_region_without_name_phone_or_identity_number(
      LocalAws aws, ProvisionedStack stack) {
    String table = stack.tableName("WorkersTable");
    DynamoWorkerStore workers = new DynamoWorkerStore(aws.dynamoDb(), table);
    Worker worker = Fixtures.worker("worker-consenting", identityNumber("51200019900307701"));
    workers.insert(worker);

    List<Map<String, AttributeValue>> audience = consented(aws, table, "51", "worker-consenting");

    assertEquals(1, audience.size());
    Set<String> projected = new java.util.HashSet<>(WorkersTable.AUDIENCE);
    projected.addAll(List.of("pk", "sk", "gsi1pk", "gsi1sk"));
    assertEquals(projected, audience.get(0).keySet());
    assertEquals(List.of("INBOX", "SMS"), audience.get(0).get("consentChannels").l().stream().map(AttributeValue::s).toList());
    assertEquals(List.of(), consented(aws, table, "33", "worker-consenting"), "indexed by home region, not desired");
  }

  @Test
  void withdrawing_consent_takes_a_worker_out_of_the_audience_index_and_granting_it_again_puts_them_back(
      LocalAws aws, ProvisionedStack stack) {
    String table = stack.tableName("WorkersTable");
    DynamoWorkerStore workers = new DynamoWorkerStore(aws.dynamoDb(), table);
    Worker worker = Fixtures.worker("worker-changing", identityNumber("51200019900307808"));
    workers.insert(worker);

    assertTrue(workers.replace(withVersion(worker, 2, PushConsent.none())));
    assertEquals(List.of(), consented(aws, table, "51", "worker-changing"));
    Map<String, AttributeValue> stored = aws.dynamoDb().getItem(r -> r.tableName(table)
        .key(Map.of("pk", AttributeValue.fromS("WORKER#worker-changing"), "sk", AttributeValue.fromS("WORKER")))).item();
    assertFalse(stored.containsKey("gsi1pk"));

    assertTrue(workers.replace(withVersion(worker, 3, new PushConsent(true, Set.of(PushConsent.Channel.APP)))));
    assertEquals(1, consented(aws, table, "51", "worker-changing").size());
  }

  @Test
  void a_worker_registered_without_consent_is_never_in_the_audience_index(LocalAws aws, ProvisionedStack stack) {
    String table = stack.tableName("WorkersTable");
    DynamoWorkerStore workers = new DynamoWorkerStore(aws.dynamoDb(), table);
    workers.insert(withVersion(Fixtures.worker("worker-silent", identityNumber("51200019900307905")), 1,
        PushConsent.none()));

    assertEquals(List.of(), consented(aws, table, "51", "worker-silent"));
  }

  /** The worker's entry in a region's part of the consent index (the test class shares one table). */
  private static List<Map<String, AttributeValue>> consented(LocalAws aws, String table, String region, String workerId) {
    return aws.dynamoDb().query(r -> r.tableName(table).indexName(WorkersTable.BY_CONSENTED_REGION)
        .keyConditionExpression("gsi1pk = :pk AND gsi1sk = :id")
        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("CONSENTED#" + region),
            ":id", AttributeValue.fromS(workerId)))).items();
  }

  @Test
  void a_worker_that_was_never_registered_is_not_found(LocalAws aws, ProvisionedStack stack) {
    DynamoWorkerStore workers = new DynamoWorkerStore(aws.dynamoDb(), stack.tableName("WorkersTable"));

    assertEquals(Optional.empty(), workers.find("nobody"));
  }

  private static String sha256Hex(String text) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static Worker withVersion(Worker worker, long version, PushConsent consent) {
    WorkerPreferences p = worker.preferences();
    WorkerPreferences changed = new WorkerPreferences(p.desiredRegions(), p.anyRegion(), p.occupations(), p.skills(),
        p.expectedMonthlyWage(), p.availableFrom(), p.priorityGroups(), consent);
    return new Worker(worker.id(), worker.name(), worker.identityNumber(), worker.phone(), worker.homeCounty(), changed,
        worker.registeredBy(), worker.createdAt(), NOW.plusSeconds(version), version);
  }
}
