package org.laborbridge.localaws.emulator;

import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;

import java.net.URI;

/** ElasticMQ, the SQS emulator, embedded in this JVM on a free loopback port. */
public final class ElasticMq implements AutoCloseable {

  private final SQSRestServer server;
  private final URI endpoint;

  private ElasticMq(SQSRestServer server, int port) {
    this.server = server;
    this.endpoint = URI.create("http://127.0.0.1:" + port);
  }

  public static ElasticMq start(String region, String accountId) {
    try {
      SQSRestServer server = SQSRestServerBuilder.withInterface("127.0.0.1").withDynamicPort()
          .withAWSRegion(region).withAWSAccountId(accountId).start();
      int port = server.waitUntilStarted().localAddress().getPort();
      return new ElasticMq(server, port);
    } catch (RuntimeException e) {
      throw new EmulatorException("cannot start ElasticMQ: " + e.getMessage(), e);
    }
  }

  public URI endpoint() {
    return endpoint;
  }

  @Override
  public void close() {
    server.stopAndWait();
  }
}
