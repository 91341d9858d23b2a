package org.laborbridge.platform.aws;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.SqsClientBuilder;

import java.net.URI;
import java.util.Optional;

/**
 * SDK clients of the services a function brings, built once per Lambda container. Region and credentials come from the Lambda environment;
 * an endpoint override ({@code aws.endpoints.dynamodb}, {@code aws.endpoints.sqs}, {@code aws.endpoints.s3}) points them
 * at local AWS.
 */
@Factory
public class AwsClients {

  @Singleton
  SdkHttpClient httpClient() {
    return UrlConnectionHttpClient.create();
  }

  @Singleton
  @Requires(classes = DynamoDbClient.class)
  DynamoDbClient dynamoDb(SdkHttpClient http, @Value("${aws.endpoints.dynamodb:}") Optional<String> endpoint) {
    DynamoDbClientBuilder builder = DynamoDbClient.builder().httpClient(http);
    endpoint.filter(e -> !e.isBlank()).map(URI::create).ifPresent(builder::endpointOverride);
    return builder.build();
  }

  @Singleton
  @Requires(classes = SqsClient.class)
  SqsClient sqs(SdkHttpClient http, @Value("${aws.endpoints.sqs:}") Optional<String> endpoint) {
    SqsClientBuilder builder = SqsClient.builder().httpClient(http);
    endpoint.filter(e -> !e.isBlank()).map(URI::create).ifPresent(builder::endpointOverride);
    return builder.build();
  }

  @Singleton
  @Requires(classes = S3Client.class)
  S3Client s3(SdkHttpClient http, @Value("${aws.endpoints.s3:}") Optional<String> endpoint) {
    S3ClientBuilder builder = S3Client.builder().httpClient(http);
    endpoint.filter(e -> !e.isBlank()).map(URI::create).ifPresent(e -> builder.endpointOverride(e).forcePathStyle(true));
    return builder.build();
  }

  /** Signs upload and download links people use directly; path-style where an endpoint override is set (s3proxy). */
  @Singleton
  @Requires(classes = S3Presigner.class)
  S3Presigner s3Presigner(@Value("${aws.endpoints.s3:}") Optional<String> endpoint) {
    S3Presigner.Builder builder = S3Presigner.builder();
    endpoint.filter(e -> !e.isBlank()).map(URI::create).ifPresent(e -> builder.endpointOverride(e)
        .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build()));
    return builder.build();
  }
}
