package org.laborbridge.jobs.store;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.laborbridge.jobs.domain.JobPosting;
import org.laborbridge.jobs.domain.Worker;
import org.laborbridge.localaws.LocalAws;
import org.laborbridge.localaws.junit.LocalAwsTest;
import org.laborbridge.localaws.provision.ProvisionedStack;
import org.laborbridge.shared.identity.ResidentIdentityNumber;
import org.laborbridge.shared.message.Envelope;
import org.laborbridge.shared.message.EnvelopeCodec;
import org.laborbridge.shared.time.ProgrammeClock;
import org.laborbridge.shared.time.SettableClock;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.laborbridge.jobs.store.Fixtures.NOW;
import static org.laborbridge.jobs.store.Fixtures.WORKER_NAME;
import static org.laborbridge.jobs.store.Fixtures.WORKER_PHONE;

/** Matching hears of every job and worker step once per step, and never hears who a worker is. */
@LocalAwsTest
class SqsProgrammeEventsTest {

  private final SettableClock clock = new SettableClock(NOW.plusSeconds(3));

  private SqsProgrammeEvents events(LocalAws aws, ProvisionedStack stack) {
    return new SqsProgrammeEvents(aws.sqs(), stack.queueUrl("MatchingQueue"), new ProgrammeClock(clock));
  }

  @Test
  void each_job_step_goes_out_as_one_envelope_of_its_type(LocalAws aws, ProvisionedStack stack) {
    SqsProgrammeEvents events = events(aws, stack);
    JobPosting job = Fixtures.posted("job-7", Fixtures.details(), NOW);
    JobPosting updated = Fixtures.changed(job, NOW.plusSeconds(60));
    JobPosting closed = Fixtures.closed(updated, NOW.plusSeconds(120));

    events.jobPosted(job);
    events.jobUpdated(updated);
    events.jobClosed(closed);

    List<Message> messages = drain(aws.sqs(), stack.queueUrl("MatchingQueue"), 3);
    List<Envelope> envelopes = messages.stream().map(m -> EnvelopeCodec.fromJson(m.body())).toList();
    // A standard queue need not keep order: compare sorted.
    assertEquals(List.of("job.closed", "job.posted", "job.updated"), envelopes.stream().map(Envelope::type).sorted().toList());
    for (Message message : messages) {
      Envelope envelope = EnvelopeCodec.fromJson(message.body());
      assertEquals(envelope.type(), message.messageAttributes().get("type").stringValue());
      assertEquals("laborbridge.jobs", envelope.source());
      assertEquals("job-7", envelope.data().get("id").asText());
    }
    Envelope posted = envelopes.stream().filter(e -> e.type().equals("job.posted")).findFirst().orElseThrow();
    assertEquals(SqsProgrammeEvents.eventId("job.posted", "job-7", 1), posted.id());
    assertEquals(NOW, posted.occurredAt());
  }

  @Test
  void a_job_event_carries_what_matching_needs(LocalAws aws, ProvisionedStack stack) {
    events(aws, stack).jobPosted(Fixtures.posted("job-8", Fixtures.details(), NOW));

    JsonNode data = EnvelopeCodec.fromJson(drain(aws.sqs(), stack.queueUrl("MatchingQueue"), 1).get(0).body()).data();

    assertEquals("ACTIVE", data.get("status").asText());
    assertEquals("33", data.get("region").asText());
    assertEquals("330200", data.get("countyCode").asText());
    assertEquals("6-18-02-04", data.get("occupationCode").asText());
    assertEquals("[\"arc welding\",\"reading drawings\"]", data.get("skills").toString());
    assertEquals("6500.5", data.get("salary").get("min").decimalValue().toPlainString());
    assertEquals("9000", data.get("salary").get("max").decimalValue().toPlainString());
    assertEquals("MONTH", data.get("salary").get("unit").asText());
    assertEquals("CNY", data.get("salary").get("currency").asText());
    assertEquals("6500", data.get("salary").get("monthlyMinimum").decimalValue().toPlainString());
    assertEquals("FULL_TIME", data.get("employmentType").asText());
    assertEquals(12, data.get("openings").asInt());
    assertEquals(Fixtures.TODAY.plusDays(30).toString(), data.get("validThrough").asText());
    assertEquals("2026-12-01", data.get("startDate").asText());
    assertEquals(true, data.get("accommodationOffered").asBoolean());
    assertEquals(false, data.get("transportOffered").asBoolean());
    assertEquals("Sichuan Welders", data.get("laborBrand").asText());
    assertEquals("[{\"language\":\"zh\",\"level\":\"NATIVE\"},{\"language\":\"bo\",\"level\":\"B1\"}]",
        data.get("workingLanguages").toString());
    assertEquals("{\"kind\":\"EMPLOYER\",\"id\":\"employer-sub-1\"}", data.get("postedBy").toString());
    assertEquals(NOW.toString(), data.get("createdAt").asText());
    assertEquals(NOW.toString(), data.get("modifiedAt").asText());
  }

  @Test
  void publishing_the_same_step_again_sends_the_same_envelope_id_and_a_new_step_a_new_one(LocalAws aws,
      ProvisionedStack stack) {
    SqsProgrammeEvents events = events(aws, stack);
    JobPosting job = Fixtures.posted("job-9", Fixtures.details(), NOW);

    events.jobPosted(job);
    clock.advance(Duration.ofMinutes(5));
    events.jobPosted(job);
    events.jobUpdated(Fixtures.changed(job, NOW.plusSeconds(60)));

    List<Envelope> envelopes = drain(aws.sqs(), stack.queueUrl("MatchingQueue"), 3).stream()
        .map(m -> EnvelopeCodec.fromJson(m.body())).toList();
    List<Envelope> posts = envelopes.stream().filter(e -> e.type().equals("job.posted")).toList();
    Envelope update = envelopes.stream().filter(e -> e.type().equals("job.updated")).findFirst().orElseThrow();
    assertEquals(2, posts.size());
    assertEquals(EnvelopeCodec.toJson(posts.get(0)), EnvelopeCodec.toJson(posts.get(1)));
    assertNotEquals(posts.get(0).id(), update.id());
  }

  @Test
  void a_worker_event_carries_preferences_and_consent_but_never_name_identity_number_or_phone(LocalAws aws,
      ProvisionedStack stack) {
    SqsProgrammeEvents events = events(aws, stack);
    ResidentIdentityNumber number = Fixtures.identityNumber("51200019900307123");
    Worker worker = Fixtures.worker("worker-1", number);

    events.workerRegistered(worker);
    events.workerUpdated(worker);

    List<Message> messages = drain(aws.sqs(), stack.queueUrl("MatchingQueue"), 2);
    List<String> types = new ArrayList<>();
    for (Message message : messages) {
      String body = message.body();
      assertFalse(body.contains(number.value()), "identity number in " + message.messageAttributes().get("type"));
      assertFalse(body.contains(number.value().substring(6, 14)), "birth date part of the identity number");
      assertFalse(body.contains(WORKER_PHONE.value()), "phone");
      assertFalse(body.contains(WORKER_PHONE.value().substring(3)), "phone digits");
      assertFalse(body.contains(WORKER_NAME), "name");
      assertFalse(body.contains("name"), "any name field");
      assertFalse(message.messageAttributes().toString().contains(WORKER_PHONE.value()), "phone in attributes");
      Envelope envelope = EnvelopeCodec.fromJson(body);
      types.add(envelope.type());
      assertEquals(SqsProgrammeEvents.eventId(envelope.type(), "worker-1", 1), envelope.id());
      JsonNode data = envelope.data();
      assertEquals("512000", data.get("homeCounty").asText());
      assertEquals("51", data.get("homeRegion").asText());
      assertEquals("[\"33\",\"35\"]", data.get("desiredRegions").toString());
      assertEquals(false, data.get("anyRegion").asBoolean());
      assertEquals("[\"6-18-02-04\",\"4-03-02-01\"]", data.get("occupationCodes").toString());
      assertEquals("[\"arc welding\",\"forklift\"]", data.get("skills").toString());
      assertEquals("6000.5", data.get("expectedMonthlyWage").decimalValue().toPlainString());
      assertEquals("2026-12-15", data.get("availableFrom").asText());
      assertEquals("[\"LIFTED_OUT_OF_POVERTY\",\"RELOCATED\"]", data.get("priorityGroups").toString());
      assertEquals("{\"granted\":true,\"channels\":[\"INBOX\",\"SMS\"]}", data.get("consent").toString());
    }
    assertEquals(List.of("worker.registered", "worker.updated"), types.stream().sorted().toList());
  }

  /** Receives exactly {@code expected} messages (with attributes) and deletes them, so tests stay apart. */
  private static List<Message> drain(SqsClient sqs, String queueUrl, int expected) {
    List<Message> received = new ArrayList<>();
    for (int attempt = 0; attempt < 10 && received.size() < expected; attempt++) {
      List<Message> batch = sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1)
          .messageAttributeNames("All")).messages();
      batch.forEach(m -> sqs.deleteMessage(d -> d.queueUrl(queueUrl).receiptHandle(m.receiptHandle())));
      received.addAll(batch);
    }
    assertEquals(expected, received.size(), "messages on the queue");
    return received;
  }
}
