package org.laborbridge.benchmarks.child;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.net.URI;
import java.util.Map;

/**
 * The no-framework baseline of the cold start: the same kind of event, one DynamoDB PutItem with the SDK's
 * DynamoDbClient on the URL-connection HTTP client (as the functions use), a 201 answer. No Micronaut, no beans.
 */
public final class PlainPutItemHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

  private final DynamoDbClient dynamoDb;
  private final String table = System.getenv("BENCHMARK_TABLE");

  public PlainPutItemHandler() {
    DynamoDbClientBuilder builder = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create());
    String endpoint = System.getenv("AWS_ENDPOINTS_DYNAMODB");
    if (endpoint != null && !endpoint.isBlank()) {
      builder.endpointOverride(URI.create(endpoint));
    }
    dynamoDb = builder.build();
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    String id = "BENCHMARK#" + context.getAwsRequestId();
    dynamoDb.putItem(r -> r.tableName(table).item(Map.of(
        "pk", AttributeValue.fromS(id),
        "sk", AttributeValue.fromS("BENCHMARK"),
        "route", AttributeValue.fromS(String.valueOf(event.getRouteKey())),
        "body", AttributeValue.fromS(String.valueOf(event.getBody()))))
        .conditionExpression("attribute_not_exists(pk)"));
    return APIGatewayV2HTTPResponse.builder().withStatusCode(201)
        .withHeaders(Map.of("Content-Type", "application/json")).withBody("{\"id\":\"" + id + "\"}").build();
  }
}
