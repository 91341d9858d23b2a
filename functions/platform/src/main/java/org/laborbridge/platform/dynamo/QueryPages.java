package org.laborbridge.platform.dynamo;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Fills one page from a Query that may filter. DynamoDB applies Limit before the filter, so a filtered
 * query page can come back thin or empty; this keeps reading until the page is full or the partition is
 * done, and says where to resume: after the last item returned, so nothing is skipped or repeated.
 */
public final class QueryPages {

  /** With a filter, read in larger steps: most reads are thrown away when many items are filtered out. */
  private static final int FILTERED_READ = 100;
  /**
   * A request reads at most this many query pages. Past it the page is returned short, with a cursor after
   * the last item read, so a long run of filtered-out items costs several cheap requests, not one slow one.
   */
  private static final int MAX_ROUNDS = 10;

  private QueryPages() {}

  /** Items in query order, and the key to resume after when more may follow. */
  public record Slice(List<Map<String, AttributeValue>> items, Optional<Map<String, AttributeValue>> resumeAfter) {}

  /**
   * @param startAfter the key to resume after, empty to start at the beginning of the partition
   * @param wanted how many items to return, at least 1
   * @param keyNames the table and index key attributes, which make up a resume key
   */
  public static Slice read(DynamoDbClient dynamoDb, QueryRequest query, Map<String, AttributeValue> startAfter,
      int wanted, List<String> keyNames) {
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
          return new Slice(items, Optional.of(keyOf(items.get(items.size() - 1), keyNames)));
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

  /** Every page of a query, one after the other: for partitions the design keeps small. */
  public static void forEachPage(DynamoDbClient dynamoDb, QueryRequest query, Consumer<QueryResponse> each) {
    Map<String, AttributeValue> start = null;
    do {
      QueryResponse response = dynamoDb.query(query.toBuilder().exclusiveStartKey(start).build());
      each.accept(response);
      start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
    } while (start != null);
  }

  private static QueryResponse query(DynamoDbClient dynamoDb, QueryRequest query, boolean callersStartKey) {
    try {
      return dynamoDb.query(query);
    } catch (DynamoDbException rejected) {
      // Last line of defence: the stores check a cursor's key before using it, but a start key DynamoDB
      // still refuses came from the caller, so it is the caller's bad input (400), not our failure (500).
      if (callersStartKey && rejected.statusCode() == 400 && rejected.awsErrorDetails() != null
          && "ValidationException".equals(rejected.awsErrorDetails().errorCode())) {
        throw Cursors.invalid();
      }
      throw rejected;
    }
  }

  /** The attributes of an item that make up a table or index key: what a query resumes after. */
  private static Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item, List<String> keyNames) {
    Map<String, AttributeValue> key = new HashMap<>();
    keyNames.forEach(name -> key.put(name, item.get(name)));
    return key;
  }
}
