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
    double[] units = {0};
    QueryPages.forEachPage(dynamoDb, QueryRequest.builder().tableName(tableName).indexName(indexName)
        .keyConditionExpression("#key = :key")
        .expressionAttributeNames(Map.of("#key", keyAttribute))
        .expressionAttributeValues(Map.of(":key", AttributeValue.fromS(key)))
        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
        .build(), page -> {
          page.items().forEach(each);
          if (page.consumedCapacity() != null && page.consumedCapacity().capacityUnits() != null) {
            units[0] += page.consumedCapacity().capacityUnits();
          }
        });
    return units[0];
  }
}
