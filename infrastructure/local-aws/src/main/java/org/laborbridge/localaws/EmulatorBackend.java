package org.laborbridge.localaws;

import org.laborbridge.localaws.emulator.Dynalite;
import org.laborbridge.localaws.emulator.ElasticMq;
import org.laborbridge.localaws.emulator.S3ProxyServer;
import org.laborbridge.localaws.template.StackSettings;

import java.net.URI;
import java.nio.file.Path;

/** dynalite (child Node.js process), ElasticMQ and s3proxy (embedded), each on a free loopback port. */
public final class EmulatorBackend implements AwsBackend {

  static final String REGION = "us-east-1";
  static final String ACCESS_KEY = "laborbridge-local";
  static final String SECRET_KEY = "laborbridge-local-secret";

  private final Dynalite dynalite;
  private final ElasticMq elasticMq;
  private final S3ProxyServer s3proxy;

  private EmulatorBackend(Dynalite dynalite, ElasticMq elasticMq, S3ProxyServer s3proxy) {
    this.dynalite = dynalite;
    this.elasticMq = elasticMq;
    this.s3proxy = s3proxy;
  }

  /** With a data folder, tables and files survive a restart (queues always start empty). */
  public static EmulatorBackend start(Path dataDir) {
    Dynalite dynalite = Dynalite.start(RepositoryRoot.localAwsModule(), dataDir == null ? null : dataDir.resolve("dynamodb"));
    ElasticMq elasticMq = null;
    try {
      elasticMq = ElasticMq.start(REGION, StackSettings.LOCAL_ACCOUNT);
      S3ProxyServer s3proxy = S3ProxyServer.start(ACCESS_KEY, SECRET_KEY, dataDir == null ? null : dataDir.resolve("s3"));
      return new EmulatorBackend(dynalite, elasticMq, s3proxy);
    } catch (RuntimeException e) {
      if (elasticMq != null) {
        elasticMq.close();
      }
      dynalite.close();
      throw e;
    }
  }

  public long dynalitePid() {
    return dynalite.pid();
  }

  @Override
  public URI dynamoDbEndpoint() {
    return dynalite.endpoint();
  }

  @Override
  public URI sqsEndpoint() {
    return elasticMq.endpoint();
  }

  @Override
  public URI s3Endpoint() {
    return s3proxy.endpoint();
  }

  @Override
  public String region() {
    return REGION;
  }

  @Override
  public String accessKey() {
    return ACCESS_KEY;
  }

  @Override
  public String secretKey() {
    return SECRET_KEY;
  }

  @Override
  public String describe() {
    return "dynalite " + dynamoDbEndpoint() + ", ElasticMQ " + sqsEndpoint() + ", s3proxy " + s3Endpoint();
  }

  @Override
  public void close() {
    try {
      s3proxy.close();
    } finally {
      try {
        elasticMq.close();
      } finally {
        dynalite.close();
      }
    }
  }
}
