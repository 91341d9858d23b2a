package org.laborbridge.push.store;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Fills one page from a Query that may filter. DynamoDB applies Limit before the filter, so a filtered page can
 * come back thin; this keeps reading until the page is full or the partition is done, and says where to resume:
 * after the last item returned, so nothing is skipped or repeated.
 */
final class QueryPages {

  private static final int FILTERED_READ = 100;
  /** A request reads at most this many query pages; past it the page ends short, with a cursor. */
  private static final int MAX_ROUNDS = 10;

  private QueryPages() {}

  record Slice(List<Map<String, AttributeValue>> items, Optional<Map<String, AttributeValue>> resumeAfter) {}

  static Slice read(DynamoDbClient dynamoDb, QueryRequest query, Optional<Map<String, AttributeValue>> startAfter, int wanted) {
    boolean filtered = query.filterExpression() != null;
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    Map<String, AttributeValue> start = startAfter.orElse(null);
    for (int round = 1; ; round++) {
      // One item past the page tells whether there is a next page, so the last page carries no cursor.
      int read = filtered ? FILTERED_READ : wanted - items.size() + 1;
      QueryResponse response = dynamoDb.query(query.toBuilder().exclusiveStartKey(start).limit(read).build());
      for (Map<String, AttributeValue> item : response.items()) {
        if (items.size() == wanted) {
          return new Slice(items, Optional.of(Items.keyOf(items.get(items.size() - 1), DeliveriesTable.KEY)));
        }
        items.add(item);
      }
      if (!response.hasLastEvaluatedKey() || response.lastEvaluatedKey().isEmpty()) {
        return new Slice(items, Optional.empty());
      }
      start = response.lastEvaluatedKey();
      if (round == MAX_ROUNDS) {
        return new Slice(items, Optional.of(start));
      }
    }
  }

  /** Every item of a query, page after page: for partitions the design keeps small. */
  static void forEach(DynamoDbClient dynamoDb, QueryRequest query, Consumer<Map<String, AttributeValue>> each) {
    Map<String, AttributeValue> start = null;
    do {
      QueryResponse response = dynamoDb.query(query.toBuilder().exclusiveStartKey(start).build());
      response.items().forEach(each);
      start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
    } while (start != null);
  }
}
