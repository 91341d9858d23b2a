package org.laborbridge.matching.store;

import org.laborbridge.platform.dynamo.QueryPages;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads one whole partition with a Query, page by page, eventually consistent: how every read of several items in
 * matching is done (never a Scan). Returns the read capacity DynamoDB reports (ConsumedCapacity TOTAL).
 */
final class Partitions {

  private Partitions() {}

  /** @param indexName null for the table itself */
  static double read(DynamoDbClient dynamoDb, String tableName, String indexName, String keyAttribute, String key,
      Consumer<Map<String, AttributeValue>> each) {
    return query(dynamoDb, QueryRequest.builder().tableName(tableName).indexName(indexName)
        .keyConditionExpression("#key = :key")
        .expressionAttributeNames(Map.of("#key", keyAttribute))
        .expressionAttributeValues(Map.of(":key", AttributeValue.fromS(key)))
        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
        .build(), each);
  }

  /**
   * The items of one partition of the table whose sort key starts with a prefix, read strongly consistent: for
   * reads that must see every write made before them (a fair's roster).
   */
  static double readConsistent(DynamoDbClient dynamoDb, String tableName, String keyAttribute, String key,
      String sortAttribute, String sortPrefix, Consumer<Map<String, AttributeValue>> each) {
    return query(dynamoDb, QueryRequest.builder().tableName(tableName).consistentRead(true)
        .keyConditionExpression("#key = :key AND begins_with(#sort, :prefix)")
        .expressionAttributeNames(Map.of("#key", keyAttribute, "#sort", sortAttribute))
        .expressionAttributeValues(Map.of(":key", AttributeValue.fromS(key), ":prefix", AttributeValue.fromS(sortPrefix)))
        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
        .build(), each);
  }

  private static double query(DynamoDbClient dynamoDb, QueryRequest request, Consumer<Map<String, AttributeValue>> each) {
    double[] units = {0};
    QueryPages.forEachPage(dynamoDb, request, page -> {
      page.items().forEach(each);
      if (page.consumedCapacity() != null && page.consumedCapacity().capacityUnits() != null) {
        units[0] += page.consumedCapacity().capacityUnits();
      }
    });
    return units[0];
  }
}
