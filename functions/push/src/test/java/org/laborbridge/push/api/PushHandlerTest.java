package org.laborbridge.push.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.provision.ProvisionedStack;
import org.laborbridge.platform.testing.FunctionTest;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import org.laborbridge.platform.testing.ApiGatewayResponse;
import org.laborbridge.push.domain.Ids;
import org.laborbridge.push.store.DeliveriesTable;
import org.laborbridge.shared.message.Envelope;
import org.laborbridge.shared.time.ProgrammeClock;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A test class that drives the push handlers against a fresh local stack, at a time it chooses. */
abstract class PushHandlerTest extends FunctionTest<PushFunction> {

  /** 10:00 in Shanghai on a Friday; tests move {@code function.clock} on from there. */
  static final Instant START = Instant.parse("2026-11-27T02:00:00Z");

  @Override
  protected PushFunction start(LocalAws aws, ProvisionedStack stack) {
    return new PushFunction(aws, stack, START);
  }

  /** Registers a channel endpoint as Sichuan staff would; returns its one-time secret. */
  String registerEndpoint(String id, String region, String channel, URI url) {
    ApiGatewayResponse response = function.send(ApiGatewayRequests.post("/v1/channel-endpoints",
        PushFunction.JSON.createObjectNode().put("id", id).put("regionCode", region).put("channel", channel)
            .put("url", url.toString()).toString()).asStaff(region).event());
    assertEquals(201, response.status(), response::toString);
    return response.json().path("secret").asText();
  }

  /** A push.requested message as matching sends it: the id follows from the job and the worker. */
  static Envelope pushRequested(String jobId, String workerId, String homeRegion, String... channels) {
    ObjectNode data = Messages.pushData(jobId, workerId, homeRegion, channels);
    return new Envelope(UUID.nameUUIDFromBytes(("push.requested" + jobId + workerId).getBytes()).toString(), "push.requested",
        START, "laborbridge.matching", data);
  }

  /**
   * A campaign.message.requested as campaigns sends it: the id derived from campaign, day and worker, occurredAt the
   * start of the campaign day in Shanghai.
   */
  static Envelope campaignMessage(String campaignId, String day, String workerId, String homeRegion, String... channels) {
    return new Envelope(campaignMessageId(campaignId, day, workerId), "campaign.message.requested",
        LocalDate.parse(day).atStartOfDay(ProgrammeClock.ZONE).toInstant(), "laborbridge.campaigns",
        Messages.campaignData(campaignId, day, workerId, homeRegion, channels));
  }

  static String campaignMessageId(String campaignId, String day, String workerId) {
    return Ids.derivedFrom("campaign.message", campaignId, day, workerId);
  }

  /** The stored reach item of a campaign message for a worker, read consistently; empty when there is none. */
  Map<String, AttributeValue> campaignReach(String messageId, String workerId) {
    return aws.dynamoDb().getItem(r -> r.tableName(stack.tableName("DeliveriesTable")).consistentRead(true)
        .key(Map.of(DeliveriesTable.PK, AttributeValue.fromS(DeliveriesTable.CAMPAIGN_PREFIX + messageId),
            DeliveriesTable.SK, AttributeValue.fromS(DeliveriesTable.WORKER_PREFIX + workerId)))).item();
  }

  /** The stored status of one outbound delivery (attempts, outcome, last status), read consistently. */
  Map<String, AttributeValue> delivery(String id) {
    return aws.dynamoDb().getItem(r -> r.tableName(stack.tableName("DeliveriesTable")).consistentRead(true)
        .key(Map.of(DeliveriesTable.PK, AttributeValue.fromS(DeliveriesTable.DELIVERY_PREFIX + id),
            DeliveriesTable.SK, AttributeValue.fromS(DeliveriesTable.DELIVERY_SK)))).item();
  }
}
