package org.laborbridge.localaws;

import java.net.URI;

/** Where the AWS APIs are served: the Docker-free emulators or, where Docker runs, LocalStack. */
public interface AwsBackend extends AutoCloseable {

  URI dynamoDbEndpoint();

  URI sqsEndpoint();

  URI s3Endpoint();

  String region();

  String accessKey();

  String secretKey();

  /** A one-line description for logs and the runner's banner. */
  String describe();

  @Override
  void close();
}
