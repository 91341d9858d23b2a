package org.laborbridge.matching.store;

import org.laborbridge.matching.domain.CandidateIndex;
import org.laborbridge.matching.domain.CandidateProfile;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes many workers' candidate items at once, exactly as {@code IndexCandidate} leaves them after a first
 * registration (a test checks that), 25 to a BatchWriteItem: for filling a table with thousands of workers in a
 * few seconds; or any items, such as open-job listings. Only for tests: it has none of the version guards.
 */
final class BulkIndex {

  private BulkIndex() {}

  static void write(DynamoDbClient dynamoDb, String table, List<CandidateProfile> workers) {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    for (CandidateProfile worker : workers) {
      worker.pools().forEach(pool -> items.add(CandidatesTable.entryItem(worker, pool)));
      items.add(CandidatesTable.profileItem(worker.workerId(),
          new CandidateIndex.IndexState(worker.version(), worker.pools(), worker.pools(), true)));
    }
    writeItems(dynamoDb, table, items);
  }

  /** Any items, unguarded, 25 to a BatchWriteItem. */
  static void writeItems(DynamoDbClient dynamoDb, String table, List<Map<String, AttributeValue>> items) {
    List<WriteRequest> writes = items.stream().map(BulkIndex::put).toList();
    for (int from = 0; from < writes.size(); from += 25) {
      List<WriteRequest> batch = writes.subList(from, Math.min(writes.size(), from + 25));
      Map<String, List<WriteRequest>> pending = Map.of(table, batch);
      while (!pending.isEmpty()) {
        Map<String, List<WriteRequest>> request = pending;
        pending = dynamoDb.batchWriteItem(r -> r.requestItems(request)).unprocessedItems();
      }
    }
  }

  private static WriteRequest put(Map<String, AttributeValue> item) {
    return WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build();
  }
}
