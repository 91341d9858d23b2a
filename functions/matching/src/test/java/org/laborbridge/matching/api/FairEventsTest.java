package org.laborbridge.matching.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.laborbridge.shared.message.Envelope;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Workers seated at a job fair become candidates for the jobs the employers bring to its booths
 * ({@code fair.registration.confirmed}), through the queue handler, against local AWS. Every worker here wants work
 * in Tibet only and every job is elsewhere, so any match below is the fair's doing.
 */
class FairEventsTest extends MatchingHandlerTest {

  /** The sort keys in one partition of the candidates table, e.g. a fair's {@code FAIR#fair-…}. */
  private List<String> sortKeys(String partition) {
    return aws.dynamoDb().query(r -> r.tableName(stack.tableName("CandidatesTable")).consistentRead(true)
            .keyConditionExpression("pk = :pk").expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition))))
        .items().stream().map(item -> item.get("sk").s()).sorted().toList();
  }

  private static List<String> reasons(Envelope push) {
    return StreamSupport.stream(push.data().get("reasons").spliterator(), false).map(JsonNode::asText).toList();
  }

  @Test
  void a_worker_seated_at_a_fair_gets_a_booth_job_in_a_province_they_did_not_name_and_one_push() {
    deliverOk(Events.worker("fw-seated").wants("54").registered());
    deliverOk(Events.job("fj-jiangsu").in("32").posted());
    assertEquals(List.of(), matchedWorkers("fj-jiangsu"), "outside the fair the worker wants Tibet only");
    Events.Fair fair = Events.fair("fair-first");

    deliverOk(fair.booth("employer-1", "fj-jiangsu"));
    deliverOk(fair.seat("fw-seated"));

    assertEquals(List.of("fw-seated"), matchedWorkers("fj-jiangsu"));
    List<Envelope> pushes = takePushes();
    assertEquals(1, pushes.size());
    Envelope push = pushes.get(0);
    assertEquals("push.requested", push.type());
    assertEquals("fw-seated", push.data().get("workerId").asText());
    assertEquals("fj-jiangsu", push.data().get("jobId").asText());
    assertEquals("32", push.data().get("job").get("region").asText());
    assertEquals(List.of("same occupation", "shared skills 50%", "pays 8% above expectation", "accommodation offered",
        "registered for the same fair"), reasons(push));
    assertEquals(List.of("BOOTH#fj-jiangsu", "SEAT#fw-seated"), sortKeys("FAIR#fair-first"));
    assertEquals(List.of("FAIR#fair-first", "PROFILE"), sortKeys("WORKER#fw-seated"));
    assertEquals(List.of("FAIR#fair-first", "LISTING"), sortKeys("JOB#fj-jiangsu"));
  }

  @Test
  void the_same_confirmations_twice_make_one_match_and_one_push() {
    deliverOk(Events.worker("fw-twice").wants("54").registered());
    deliverOk(Events.job("fj-twice").in("50").posted());
    Events.Fair fair = Events.fair("fair-twice");

    deliverOk(fair.seat("fw-twice"), fair.booth("employer-2", "fj-twice"));
    deliverOk(fair.booth("employer-2", "fj-twice"), fair.seat("fw-twice"));
    deliverOk(fair.seat("fw-twice"));

    assertEquals(List.of("fw-twice"), matchedWorkers("fj-twice"));
    assertEquals(1, takePushes().size());
    assertEquals(List.of("BOOTH#fj-twice", "SEAT#fw-twice"), sortKeys("FAIR#fair-twice"));
  }

  @Test
  void a_booth_confirmed_after_the_seats_matches_its_jobs_with_every_seated_worker_who_fits() {
    deliverOk(Events.worker("fw-a").wants("54").registered(), Events.worker("fw-b").wants("54").registered(),
        Events.worker("fw-cook").wants("54").occupations("4-03-02-01").registered());
    deliverOk(Events.job("fj-later-booth").in("53").posted());
    Events.Fair fair = Events.fair("fair-seats-first");
    deliverOk(fair.seat("fw-a"), fair.seat("fw-b"), fair.seat("fw-cook"));
    assertEquals(List.of(), takePushes());

    deliverOk(fair.booth("employer-3", "fj-later-booth"));

    assertEquals(List.of("fw-a", "fw-b"), matchedWorkers("fj-later-booth"));
    assertEquals(2, takePushes().size());
  }

  @Test
  void a_job_that_breaks_a_hard_constraint_is_not_matched_at_the_fair() {
    deliverOk(Events.worker("fw-7000").wants("54").expects("7000").registered());
    deliverOk(Events.job("fj-low-pay").in("32").paysMonthly("6000").posted(),
        Events.job("fj-good-pay").in("32").paysMonthly("7500").posted(),
        Events.job("fj-closed").in("32").paysMonthly("7500").status("CLOSED").posted());
    Events.Fair fair = Events.fair("fair-rules");

    deliverOk(fair.booth("employer-4", "fj-low-pay", "fj-good-pay", "fj-closed"), fair.seat("fw-7000"));

    assertEquals(List.of(), matchedWorkers("fj-low-pay"));
    assertEquals(List.of(), matchedWorkers("fj-closed"));
    assertEquals(List.of("fw-7000"), matchedWorkers("fj-good-pay"));
    assertEquals(1, takePushes().size());
  }

  @Test
  void a_seat_confirmed_before_the_worker_message_is_matched_when_the_worker_message_comes() {
    deliverOk(Events.job("fj-early-seat").in("35").posted());
    Events.Fair fair = Events.fair("fair-early-seat");
    deliverOk(fair.booth("employer-5", "fj-early-seat"), fair.seat("fw-unknown-yet"));
    assertEquals(List.of(), matchedWorkers("fj-early-seat"));

    deliverOk(Events.worker("fw-unknown-yet").wants("54").registered());

    assertEquals(List.of("fw-unknown-yet"), matchedWorkers("fj-early-seat"));
    assertEquals(1, takePushes().size());
  }

  @Test
  void a_booth_confirmed_before_the_job_message_is_matched_when_the_job_message_comes() {
    deliverOk(Events.worker("fw-early-booth").wants("54").registered());
    Events.Fair fair = Events.fair("fair-early-booth");
    deliverOk(fair.seat("fw-early-booth"), fair.booth("employer-6", "fj-unknown-yet"));

    deliverOk(Events.job("fj-unknown-yet").in("33").posted());

    assertEquals(List.of("fw-early-booth"), matchedWorkers("fj-unknown-yet"));
    assertEquals(1, takePushes().size());
  }

  @Test
  void a_confirmation_handled_after_the_fair_has_ended_is_acknowledged_and_changes_nothing() {
    deliverOk(Events.worker("fw-too-late").wants("54").registered());
    deliverOk(Events.job("fj-too-late").in("52").posted());
    // The function's clock reads 27 November 2026, after this fair.
    Events.Fair over = Events.fair("fair-over")
        .runs(Instant.parse("2026-11-20T01:00:00Z"), Instant.parse("2026-11-20T09:00:00Z"));

    deliverOk(over.booth("employer-7", "fj-too-late"), over.seat("fw-too-late"));

    assertEquals(List.of(), matchedWorkers("fj-too-late"));
    assertEquals(List.of(), sortKeys("FAIR#fair-over"));
    assertEquals(List.of(), takePushes());
  }

  @Test
  void invalid_fair_messages_fail_alone_while_the_good_ones_in_their_batch_are_handled() {
    deliverOk(Events.worker("fw-poison").wants("54").registered());
    deliverOk(Events.job("fj-poison").in("64").posted());
    Events.Fair fair = Events.fair("fair-poison");
    var noFair = fair.seatData("fw-poison");
    noFair.remove("fairId");
    var badPlace = fair.seatData("fw-poison").put("place", "STAGE");
    var seatWithoutWorker = fair.seatData("fw-poison");
    seatWithoutWorker.remove("workerId");
    var boothWithoutJobs = fair.boothData("employer-8");
    var tooManyJobs = fair.boothData("employer-9", java.util.stream.IntStream.rangeClosed(1, 21)
        .mapToObj(i -> "job-" + i).toArray(String[]::new));
    var event = MatchingFunction.event(List.of(
        fair.booth("employer-10", "fj-poison"),
        Events.confirmation(noFair),
        Events.confirmation(badPlace),
        Events.confirmation(seatWithoutWorker),
        Events.confirmation(boothWithoutJobs),
        Events.confirmationFrom("laborbridge.jobs", fair.seatData("fw-poison")),
        Events.confirmation(tooManyJobs),
        fair.seat("fw-poison")));

    var response = function.send(event);

    assertEquals(event.getRecords().subList(1, 7).stream().map(r -> r.getMessageId()).toList(),
        MatchingFunction.failedIds(response));
    assertEquals(List.of("fw-poison"), matchedWorkers("fj-poison"));
    assertEquals(1, takePushes().size());
    assertEquals(List.of("BOOTH#fj-poison", "SEAT#fw-poison"), sortKeys("FAIR#fair-poison"));
  }
}
