package org.laborbridge.matching.store;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.junit.LocalAwsTest;
import org.laborbridge.localaws.provision.ProvisionedStack;
import org.laborbridge.matching.domain.PushRequests;
import org.laborbridge.shared.message.Envelope;
import org.laborbridge.shared.message.EnvelopeCodec;
import org.laborbridge.shared.region.Region;
import org.laborbridge.shared.time.ProgrammeClock;
import org.laborbridge.shared.time.SettableClock;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@LocalAwsTest
class SqsPushRequestsTest {

  private static SqsPushRequests pushes(LocalAws aws, ProvisionedStack stack) {
    return new SqsPushRequests(aws.sqs(), stack.queueUrl("PushQueue"), new ProgrammeClock(new SettableClock(Fixtures.NOW)));
  }

  @Test
  void a_push_request_is_the_envelope_the_message_contract_describes(LocalAws aws, ProvisionedStack stack) {
    var worker = Fixtures.worker("w-1", 3, Set.of(Region.ZHEJIANG), "6-18-02-04");
    var match = Fixtures.match("w-1", "job-1", "61.67");

    pushes(aws, stack).request(List.of(new PushRequests.PushRequest(match, Fixtures.job("job-1"), worker)));

    Message message = drain(aws.sqs(), stack.queueUrl("PushQueue"), 1).get(0);
    Envelope envelope = EnvelopeCodec.fromJson(message.body());
    assertEquals("push.requested", envelope.type());
    assertEquals("laborbridge.matching", envelope.source());
    assertEquals(UUID.nameUUIDFromBytes("push.requested\u001fjob-1\u001fw-1".getBytes(StandardCharsets.UTF_8)).toString(),
        envelope.id());
    assertEquals(Fixtures.NOW, envelope.occurredAt());
    assertEquals("push.requested", message.messageAttributes().get("type").stringValue());
    JsonNode data = envelope.data();
    assertEquals("w-1", data.get("workerId").asText());
    assertEquals("job-1", data.get("jobId").asText());
    assertEquals(1, data.get("jobVersion").asLong());
    assertEquals("61.67", data.get("score").decimalValue().toPlainString());
    assertEquals("[\"same occupation\",\"priority group\"]", data.get("reasons").toString());
    assertEquals("2026-11-27T02:00:00Z", data.get("matchedAt").asText());
    assertEquals("{\"homeRegion\":\"51\",\"ownerSubject\":\"account-w-1\",\"priorityGroups\":[\"RELOCATED\"],"
        + "\"channels\":[\"INBOX\",\"SMS\"]}", data.get("worker").toString());
    assertEquals("{\"title\":\"Welder\",\"region\":\"33\",\"countyCode\":\"330200\","
        + "\"salary\":{\"min\":6500.50,\"max\":9000,\"unit\":\"MONTH\",\"monthlyMinimum\":6500},"
        + "\"accommodationOffered\":true,\"transportOffered\":false,\"laborBrand\":\"Sichuan Welders\","
        + "\"validThrough\":\"2027-03-31\",\"postedBy\":{\"kind\":\"EMPLOYER\",\"id\":\"employer-sub-1\"}}",
        data.get("job").toString());
  }

  @Test
  void a_push_request_carries_no_skills_wages_or_preferences_of_the_worker(LocalAws aws, ProvisionedStack stack) {
    var worker = Fixtures.worker("w-2", 1, Set.of(Region.ZHEJIANG), "6-18-02-04");

    pushes(aws, stack).request(List.of(new PushRequests.PushRequest(Fixtures.match("w-2", "job-2", "40"),
        Fixtures.job("job-2"), worker)));

    String body = drain(aws.sqs(), stack.queueUrl("PushQueue"), 1).get(0).body();
    assertFalse(body.contains("6000.5"), "expected wage");
    assertFalse(body.contains("Forklift"), "skills");
    assertFalse(body.contains("2026-12-15"), "availability");
  }

  @Test
  void more_pushes_than_one_batch_all_arrive_once(LocalAws aws, ProvisionedStack stack) {
    List<PushRequests.PushRequest> requests = IntStream.range(0, 23).mapToObj(i -> new PushRequests.PushRequest(
        Fixtures.match("w-" + i, "job-3", "40"), Fixtures.job("job-3"),
        Fixtures.worker("w-" + i, 1, Set.of(Region.ZHEJIANG), "6-18-02-04"))).toList();

    pushes(aws, stack).request(requests);

    List<String> workers = drain(aws.sqs(), stack.queueUrl("PushQueue"), 23).stream()
        .map(m -> EnvelopeCodec.fromJson(m.body()).data().get("workerId").asText()).sorted().toList();
    assertEquals(IntStream.range(0, 23).mapToObj(i -> "w-" + i).sorted().toList(), workers);
  }

  /** Reads until {@code count} messages have come (or the queue stays empty), deleting them. */
  static List<Message> drain(SqsClient sqs, String queueUrl, int count) {
    List<Message> messages = new ArrayList<>();
    int emptyPolls = 0;
    while (messages.size() < count && emptyPolls < 3) {
      List<Message> batch = sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1)
          .messageAttributeNames("All").messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
      emptyPolls = batch.isEmpty() ? emptyPolls + 1 : 0;
      for (Message message : batch) {
        messages.add(message);
        sqs.deleteMessage(r -> r.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
      }
    }
    assertEquals(count, messages.size(), "messages on " + queueUrl);
    return messages;
  }
}
