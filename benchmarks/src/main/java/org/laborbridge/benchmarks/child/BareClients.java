package org.laborbridge.benchmarks.child;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.SqsClientBuilder;

import java.net.URI;

/**
 * SDK clients with nothing around them, on local AWS's endpoints. One method per service, so that a function jar
 * without, say, the S3 SDK never loads the S3 classes.
 */
final class BareClients {

  private BareClients() {}

  static DynamoDbClient dynamoDb() {
    DynamoDbClientBuilder builder = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create());
    endpoint("AWS_ENDPOINTS_DYNAMODB").ifPresent(builder::endpointOverride);
    return builder.build();
  }

  static SqsClient sqs() {
    SqsClientBuilder builder = SqsClient.builder().httpClient(UrlConnectionHttpClient.create());
    endpoint("AWS_ENDPOINTS_SQS").ifPresent(builder::endpointOverride);
    return builder.build();
  }

  static S3Client s3() {
    S3ClientBuilder builder = S3Client.builder().httpClient(UrlConnectionHttpClient.create());
    endpoint("AWS_ENDPOINTS_S3").ifPresent(e -> builder.endpointOverride(e).forcePathStyle(true));
    return builder.build();
  }

  private static java.util.Optional<URI> endpoint(String variable) {
    String value = System.getenv(variable);
    return value == null || value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(URI.create(value));
  }
}
