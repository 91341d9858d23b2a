package org.laborbridge.benchmarks.child;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

import java.util.List;
import java.util.Set;

/** Asks DynamoDB for the capacity each call consumes, and reads what it answers. */
final class DynamoCapacity {

  private static final Set<String> READS = Set.of("GetItem", "BatchGetItem", "Query", "Scan", "TransactGetItems");

  private DynamoCapacity() {}

  static boolean isDynamoDb(Object request) {
    return request.getClass().getName().startsWith("software.amazon.awssdk.services.dynamodb.");
  }

  static boolean isRead(String operation) {
    return READS.contains(operation);
  }

  static SdkRequest askForCapacity(SdkRequest request) {
    ReturnConsumedCapacity total = ReturnConsumedCapacity.TOTAL;
    if (request instanceof GetItemRequest r && r.returnConsumedCapacity() == null) {
      return r.toBuilder().returnConsumedCapacity(total).build();
    }
    if (request instanceof PutItemRequest r && r.returnConsumedCapacity() == null) {
      return r.toBuilder().returnConsumedCapacity(total).build();
    }
    if (request instanceof UpdateItemRequest r && r.returnConsumedCapacity() == null) {
      return r.toBuilder().returnConsumedCapacity(total).build();
    }
    if (request instanceof DeleteItemRequest r && r.returnConsumedCapacity() == null) {
      return r.toBuilder().returnConsumedCapacity(total).build();
    }
    if (request instanceof QueryRequest r && r.returnConsumedCapacity() == null) {
      return r.toBuilder().returnConsumedCapacity(total).build();
    }
    if (request instanceof ScanRequest r && r.returnConsumedCapacity() == null) {
      return r.toBuilder().returnConsumedCapacity(total).build();
    }
    if (request instanceof BatchGetItemRequest r && r.returnConsumedCapacity() == null) {
      return r.toBuilder().returnConsumedCapacity(total).build();
    }
    if (request instanceof BatchWriteItemRequest r && r.returnConsumedCapacity() == null) {
      return r.toBuilder().returnConsumedCapacity(total).build();
    }
    return request;
  }

  static double consumed(SdkResponse response) {
    if (response instanceof GetItemResponse r) {
      return units(r.consumedCapacity());
    }
    if (response instanceof PutItemResponse r) {
      return units(r.consumedCapacity());
    }
    if (response instanceof UpdateItemResponse r) {
      return units(r.consumedCapacity());
    }
    if (response instanceof DeleteItemResponse r) {
      return units(r.consumedCapacity());
    }
    if (response instanceof QueryResponse r) {
      return units(r.consumedCapacity());
    }
    if (response instanceof ScanResponse r) {
      return units(r.consumedCapacity());
    }
    if (response instanceof BatchGetItemResponse r) {
      return units(r.consumedCapacity());
    }
    if (response instanceof BatchWriteItemResponse r) {
      return units(r.consumedCapacity());
    }
    return 0;
  }

  private static double units(ConsumedCapacity capacity) {
    return capacity == null || capacity.capacityUnits() == null ? 0 : capacity.capacityUnits();
  }

  private static double units(List<ConsumedCapacity> capacities) {
    return capacities == null ? 0 : capacities.stream().mapToDouble(DynamoCapacity::units).sum();
  }
}
