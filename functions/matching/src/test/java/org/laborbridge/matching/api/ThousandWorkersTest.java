package org.laborbridge.matching.api;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.laborbridge.shared.message.Envelope;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A welding job in Zhejiang and 1,000 registered workers, of whom a known fifth meets every constraint: the job
 * goes to exactly those, best first, up to K (here 120, set as MATCHING_TOP_K would), with one push each.
 *
 * <p>Workers by {@code i % 20}: 0 same occupation and a priority group; 1 same occupation (every other one of
 * them going anywhere); 2 same minor group and a priority group; 3 same minor group. Each of 4-8 breaks one
 * rule: 4 no consent, 5 wants Jiangsu only, 6 another minor group with the same skills, 7 expects 7,000
 * (6,500 is below 95%), 8 available only after the start date. 9-19 want other places and trades.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ThousandWorkersTest extends MatchingHandlerTest {

  static final int TOP_K = 120;

  @Override
  Map<String, Object> settings() {
    return Map.of("matching.top-k", TOP_K);
  }

  static String id(int i) {
    return String.format("w-%04d", i);
  }

  static Events.Worker worker(int i) {
    Events.Worker worker = Events.worker(id(i));
    return switch (i % 20) {
      case 0 -> worker.priorityGroups("LIFTED_OUT_OF_POVERTY");
      case 1 -> i % 40 == 1 ? worker.anyRegion() : worker;
      case 2 -> worker.occupations("6-18-02-01").priorityGroups("RELOCATED");
      case 3 -> worker.occupations("6-18-02-01");
      case 4 -> worker.consent(false);
      case 5 -> worker.wants("32");
      case 6 -> worker.occupations("6-18-03-04");
      case 7 -> worker.expects("7000");
      case 8 -> worker.availableFrom("2026-12-02");
      default -> worker.wants(i % 2 == 0 ? "35" : "50").occupations(i % 3 == 0 ? "4-03-02-01" : "6-18-02-04");
    };
  }

  static List<String> idsWhere(int remainder) {
    return IntStream.range(0, 1000).filter(i -> i % 20 == remainder).mapToObj(ThousandWorkersTest::id).toList();
  }

  @Test
  @Order(1)
  void a_job_goes_to_exactly_the_workers_who_meet_every_constraint_best_first_up_to_k() {
    deliverAll(IntStream.range(0, 1000).mapToObj(i -> worker(i).registered()).toList());

    deliverOk(Events.job("job-1").posted());

    // Tiers by score: 68.00 (same code, priority), 56.67 (same code), 50.00 (minor group, priority), 41.67.
    List<String> expected = new ArrayList<>(idsWhere(0));
    expected.addAll(idsWhere(1));
    expected.addAll(idsWhere(2).subList(0, TOP_K - 100));
    assertEquals(expected, matchedWorkers("job-1"));
    List<Envelope> pushes = takePushes();
    assertEquals(expected.stream().sorted().toList(),
        pushes.stream().map(p -> p.data().get("workerId").asText()).sorted().toList());
    assertEquals(TOP_K, pushes.stream().map(Envelope::id).distinct().count());
  }

  @Test
  @Order(2)
  void a_duplicated_job_posted_message_makes_no_duplicate_matches_or_pushes() {
    String posted = Events.job("job-2").posted();

    // Twice in one batch, then once more later, as SQS at-least-once delivery may.
    deliverOk(posted, posted);
    deliverOk(posted);

    assertEquals(TOP_K, matchedWorkers("job-2").size());
    List<Envelope> pushes = takePushes();
    assertEquals(TOP_K, pushes.size());
    assertEquals(TOP_K, pushes.stream().map(p -> p.data().get("workerId").asText()).distinct().count());
  }

  @Test
  @Order(3)
  void an_updated_job_reaches_no_worker_a_second_time() {
    deliverOk(Events.job("job-1").version(2).paysMonthly("7400").updated());

    // Now the workers expecting 7,000 qualify, but job-1 already has its K matches.
    assertEquals(TOP_K, matchedWorkers("job-1").size());
    assertEquals(List.of(), takePushes());
  }
}
