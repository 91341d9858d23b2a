package org.laborbridge.localaws;

import org.laborbridge.localaws.provision.ProvisionedStack;
import org.laborbridge.localaws.provision.StackProvisioner;
import org.laborbridge.localaws.template.CloudFormationTemplate;
import org.laborbridge.localaws.template.StackSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.nio.file.Path;

/**
 * LaborBridge's AWS on one machine: DynamoDB, SQS and S3 endpoints with ready-built SDK v2 clients,
 * and the provisioning of what template.yaml declares.
 */
public final class LocalAws implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LocalAws.class);

  private final AwsBackend backend;
  private final SdkHttpClient httpClient;
  private final DynamoDbClient dynamoDb;
  private final SqsClient sqs;
  private final S3Client s3;
  private final S3Presigner presigner;

  private LocalAws(AwsBackend backend) {
    this.backend = backend;
    // The SDK brings several HTTP clients; name one. URL-connection starts fastest and needs no threads.
    this.httpClient = UrlConnectionHttpClient.builder().build();
    StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
        AwsBasicCredentials.create(backend.accessKey(), backend.secretKey()));
    Region region = Region.of(backend.region());
    this.dynamoDb = DynamoDbClient.builder().httpClient(httpClient).region(region).credentialsProvider(credentials)
        .endpointOverride(backend.dynamoDbEndpoint()).build();
    this.sqs = SqsClient.builder().httpClient(httpClient).region(region).credentialsProvider(credentials)
        .endpointOverride(backend.sqsEndpoint()).build();
    S3Configuration pathStyle = S3Configuration.builder().pathStyleAccessEnabled(true).build();
    this.s3 = S3Client.builder().httpClient(httpClient).region(region).credentialsProvider(credentials)
        .endpointOverride(backend.s3Endpoint()).serviceConfiguration(pathStyle)
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED).build();
    this.presigner = S3Presigner.builder().region(region).credentialsProvider(credentials)
        .endpointOverride(backend.s3Endpoint()).serviceConfiguration(pathStyle).build();
  }

  /** The Docker-free emulators, data in memory. */
  public static LocalAws start() {
    return start(null);
  }

  /** The Docker-free emulators; with a data folder, tables and files are kept between runs. */
  public static LocalAws start(Path dataDir) {
    long started = System.nanoTime();
    LocalAws aws = new LocalAws(EmulatorBackend.start(dataDir));
    LOG.info("local-aws started in {} ms: {}", (System.nanoTime() - started) / 1_000_000, aws.backend.describe());
    return aws;
  }

  /** LocalStack in Docker (the -Plocalstack profile). */
  public static LocalAws startLocalStack() {
    LocalAws aws = new LocalAws(LocalStackBackend.start());
    LOG.info("local-aws started: {}", aws.backend.describe());
    return aws;
  }

  public ProvisionedStack provision(CloudFormationTemplate template, StackSettings settings) {
    return provisioner().provision(template, settings);
  }

  /** Deletes every table, queue and bucket, then provisions the template again: clean state, no restart. */
  public ProvisionedStack reset(CloudFormationTemplate template, StackSettings settings) {
    StackProvisioner provisioner = provisioner();
    provisioner.deleteEverything();
    return provisioner.provision(template, settings);
  }

  private StackProvisioner provisioner() {
    return new StackProvisioner(dynamoDb, sqs, s3);
  }

  public AwsBackend backend() {
    return backend;
  }

  public DynamoDbClient dynamoDb() {
    return dynamoDb;
  }

  public SqsClient sqs() {
    return sqs;
  }

  public S3Client s3() {
    return s3;
  }

  public S3Presigner s3Presigner() {
    return presigner;
  }

  @Override
  public void close() {
    dynamoDb.close();
    sqs.close();
    s3.close();
    presigner.close();
    httpClient.close();
    backend.close();
    LOG.info("local-aws stopped");
  }
}
