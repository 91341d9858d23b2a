package org.laborbridge.push.api;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.laborbridge.push.domain.DeliverPush;
import org.laborbridge.push.domain.DeliverWebhook;
import org.laborbridge.push.domain.ManageEndpoints;
import org.laborbridge.push.domain.NotifyRegion;
import org.laborbridge.push.domain.ReadInbox;
import org.laborbridge.push.domain.ReleaseDeferred;
import org.laborbridge.push.domain.ShowJobReach;
import org.laborbridge.platform.counters.ActivityCounters;
import org.laborbridge.push.store.CountedPushActivity;
import org.laborbridge.push.store.DynamoDeferredStore;
import org.laborbridge.push.store.DynamoDeliveryStore;
import org.laborbridge.push.store.DynamoEndpointStore;
import org.laborbridge.push.store.DynamoInboxStore;
import org.laborbridge.push.store.DynamoPaceStore;
import org.laborbridge.push.store.HttpWebhookSender;
import org.laborbridge.push.store.SqsPushQueue;
import org.laborbridge.push.store.WebhookJson;
import org.laborbridge.shared.time.ProgrammeClock;
import org.laborbridge.shared.webhook.WebhookSecret;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Random;

/** Wires the domain's use cases to their DynamoDB, SQS and HTTP adapters. Beans are made when first needed, so the
 * HTTP function (no queue URL, no outbound calls) never builds what only the queue function uses. */
@Factory
class UseCases {

  /** One client per container; tests give their own (one that trusts their receiver's certificate). */
  @Singleton
  @Requires(missingBeans = HttpClient.class)
  HttpClient webhookHttpClient() {
    return HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  @Singleton
  DynamoInboxStore inboxStore(DynamoDbClient dynamoDb, PushConfiguration config) {
    return new DynamoInboxStore(dynamoDb, config.deliveriesTable());
  }

  @Singleton
  DynamoPaceStore paceStore(DynamoDbClient dynamoDb, PushConfiguration config) {
    return new DynamoPaceStore(dynamoDb, config.deliveriesTable());
  }

  @Singleton
  DynamoEndpointStore endpointStore(DynamoDbClient dynamoDb, PushConfiguration config) {
    return new DynamoEndpointStore(dynamoDb, config.deliveriesTable());
  }

  @Singleton
  DynamoDeliveryStore deliveryStore(DynamoDbClient dynamoDb, PushConfiguration config) {
    return new DynamoDeliveryStore(dynamoDb, config.deliveriesTable());
  }

  @Singleton
  DynamoDeferredStore deferredStore(DynamoDbClient dynamoDb, PushConfiguration config) {
    return new DynamoDeferredStore(dynamoDb, config.deliveriesTable());
  }

  @Singleton
  SqsPushQueue pushQueue(SqsClient sqs, PushConfiguration config, DynamoDeferredStore deferred) {
    return new SqsPushQueue(sqs, config.queueUrl(), deferred);
  }

  @Singleton
  DeliverPush deliverPush(DynamoInboxStore inbox, DynamoPaceStore paces, DynamoEndpointStore endpoints,
      DynamoDeferredStore deferred, SqsPushQueue queue, PushConfiguration config, CountedPushActivity activity,
      ProgrammeClock clock) {
    return new DeliverPush(inbox, paces, endpoints, deferred, queue, new WebhookJson(), config.pacing(), activity, clock);
  }

  @Singleton
  DeliverWebhook deliverWebhook(DynamoDeliveryStore deliveries, DynamoEndpointStore endpoints, HttpClient http,
      SqsPushQueue queue, PushConfiguration config, CountedPushActivity activity, ProgrammeClock clock) {
    return new DeliverWebhook(deliveries, endpoints, new HttpWebhookSender(http), queue, config.retrySchedule(), new Random(),
        activity, clock);
  }

  @Singleton
  NotifyRegion notifyRegion(DynamoEndpointStore endpoints, SqsPushQueue queue) {
    return new NotifyRegion(endpoints, queue);
  }

  @Singleton
  CountedPushActivity activity(DynamoDbClient dynamoDb, PushConfiguration config) {
    return new CountedPushActivity(new ActivityCounters(dynamoDb, config.countersTable()));
  }

  @Singleton
  ReleaseDeferred releaseDeferred(DynamoDeferredStore deferred, SqsPushQueue queue, ProgrammeClock clock) {
    return new ReleaseDeferred(deferred, queue, clock);
  }

  @Singleton
  ReadInbox readInbox(DynamoInboxStore inbox, ProgrammeClock clock) {
    return new ReadInbox(inbox, clock);
  }

  @Singleton
  ShowJobReach showJobReach(DynamoInboxStore inbox) {
    return new ShowJobReach(inbox);
  }

  @Singleton
  ManageEndpoints manageEndpoints(DynamoEndpointStore endpoints, ProgrammeClock clock) {
    SecureRandom random = new SecureRandom();
    return new ManageEndpoints(endpoints, () -> WebhookSecret.generate(random), clock);
  }
}
