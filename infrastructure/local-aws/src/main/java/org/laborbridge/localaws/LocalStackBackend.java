package org.laborbridge.localaws;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

import java.net.URI;

/**
 * LocalStack in Docker through Testcontainers, for machines that have Docker (the -Plocalstack profile).
 * Pinned to the last image that runs without an auth token (images from 2026.03 need one).
 */
public final class LocalStackBackend implements AwsBackend {

  public static final String IMAGE = "localstack/localstack:4.14.0";

  private final LocalStackContainer container;

  private LocalStackBackend(LocalStackContainer container) {
    this.container = container;
  }

  private static volatile Boolean dockerAvailable;

  /** Asked once per JVM: Testcontainers' probe for a Docker engine takes a while where there is none. */
  public static boolean dockerAvailable() {
    if (dockerAvailable == null) {
      try {
        dockerAvailable = DockerClientFactory.instance().isDockerAvailable();
      } catch (RuntimeException | LinkageError e) {
        dockerAvailable = false;
      }
    }
    return dockerAvailable;
  }

  public static LocalStackBackend start() {
    LocalStackContainer container = new LocalStackContainer(DockerImageName.parse(IMAGE))
        .withServices(LocalStackContainer.Service.DYNAMODB, LocalStackContainer.Service.SQS, LocalStackContainer.Service.S3);
    container.start();
    return new LocalStackBackend(container);
  }

  @Override
  public URI dynamoDbEndpoint() {
    return container.getEndpoint();
  }

  @Override
  public URI sqsEndpoint() {
    return container.getEndpoint();
  }

  @Override
  public URI s3Endpoint() {
    return container.getEndpoint();
  }

  @Override
  public String region() {
    return container.getRegion();
  }

  @Override
  public String accessKey() {
    return container.getAccessKey();
  }

  @Override
  public String secretKey() {
    return container.getSecretKey();
  }

  @Override
  public String describe() {
    return "LocalStack " + IMAGE + " at " + container.getEndpoint();
  }

  @Override
  public void close() {
    container.stop();
  }
}
