package org.laborbridge.jobs.store;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fills one page from a Query that may filter. DynamoDB applies Limit before the filter, so a filtered
 * query page can come back thin or empty; this keeps reading until the page is full or the partition is
 * done, and says where to resume: after the last item returned, so nothing is skipped or repeated.
 */
final class QueryPages {

  /** With a filter, read in larger steps: most reads are thrown away when many jobs have expired. */
  private static final int FILTERED_READ = 100;
  /**
   * A request reads at most this many query pages. Past it the page is returned short, with a cursor after
   * the last item read, so a long run of filtered-out items costs several cheap requests, not one slow one.
   */
  private static final int MAX_ROUNDS = 10;

  private QueryPages() {}

  /** Items in query order, and the key to resume after when more may follow. */
  record Slice(List<Map<String, AttributeValue>> items, Optional<Map<String, AttributeValue>> resumeAfter) {}

  /**
   * @param startAfter the key to resume after, empty to start at the beginning of the partition
   * @param wanted how many items to return, at least 1
   * @param keyNames the table and index key attributes, which make up a resume key
   */
  static Slice read(DynamoDbClient dynamoDb, QueryRequest query, Map<String, AttributeValue> startAfter, int wanted,
      List<String> keyNames) {
    boolean filtered = query.filterExpression() != null;
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    Map<String, AttributeValue> start = startAfter.isEmpty() ? null : startAfter;
    for (int round = 1; ; round++) {
      // One item past the page tells whether there is a next page, so the last page carries no cursor.
      int read = filtered ? FILTERED_READ : wanted - items.size() + 1;
      QueryResponse response = query(dynamoDb, query.toBuilder().exclusiveStartKey(start).limit(read).build(),
          round == 1 && start != null);
      for (Map<String, AttributeValue> item : response.items()) {
        if (items.size() == wanted) {
          return new Slice(items, Optional.of(Items.keyOf(items.get(items.size() - 1), keyNames)));
        }
        items.add(item);
      }
      if (!response.hasLastEvaluatedKey() || response.lastEvaluatedKey().isEmpty()) {
        return new Slice(items, Optional.empty());
      }
      start = response.lastEvaluatedKey();
      if (round == MAX_ROUNDS) {
        // Everything read after the last returned item was filtered out: resuming after it skips nothing.
        return new Slice(items, Optional.of(start));
      }
    }
  }

  private static QueryResponse query(DynamoDbClient dynamoDb, QueryRequest query, boolean callersStartKey) {
    try {
      return dynamoDb.query(query);
    } catch (DynamoDbException rejected) {
      // Last line of defence: the stores check a cursor's key before using it, but a start key DynamoDB
      // still refuses came from the caller, so it is the caller's bad input (400), not our failure (500).
      if (callersStartKey && rejected.statusCode() == 400 && rejected.awsErrorDetails() != null
          && "ValidationException".equals(rejected.awsErrorDetails().errorCode())) {
        throw Cursor.invalid();
      }
      throw rejected;
    }
  }
}
