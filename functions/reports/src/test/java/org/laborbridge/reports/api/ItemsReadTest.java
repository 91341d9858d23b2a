package org.laborbridge.reports.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.laborbridge.platform.counters.Metrics;
import org.laborbridge.shared.region.Region;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A report reads the same counter items, at the same capacity, whether its period holds 100 records or 10,000: the
 * counters were added to as things happened, so generating reads one item per region and per flow, never the records.
 */
class ItemsReadTest extends ReportsHandlerTest {

  private static final Region[] REGIONS = Region.values();
  /** Twenty flows between regions, visited in turn, so that both months touch the same counter items. */
  private static final int FLOWS = 20;

  @Test
  void the_items_and_capacity_read_are_the_same_at_100_and_at_10000_records() throws Exception {
    seed(Instant.parse("2026-10-15T04:00:00Z"), 100);
    seed(Instant.parse("2026-11-15T04:00:00Z"), 10_000);

    function.request("MONTHLY", "2026-10");
    function.request("MONTHLY", "2026-11");
    assertEquals(2, function.drainQueue().size());
    JsonNode small = function.report("monthly-2026-10");
    JsonNode large = function.report("monthly-2026-11");

    // Nine region items and twenty flow items, at both sizes: far under the 9 + 81 a period can ever hold.
    assertEquals(29, small.path("itemsRead").asInt());
    assertEquals(29, large.path("itemsRead").asInt());
    assertTrue(small.path("capacityUnits").asDouble() > 0, small::toString);
    assertEquals(small.path("capacityUnits").asDouble(), large.path("capacityUnits").asDouble());

    // And the counts are the records': a third of them were jobs posted.
    assertTrue(csv(small).contains("\r\nAll nine regions,,34,0,34\r\n"));
    assertTrue(csv(large).contains("\r\nAll nine regions,,3334,0,3334\r\n"));
  }

  /** n records of the month, one ADD each as its writer makes it: a job posted, a worker registered, a match's flow. */
  private void seed(Instant at, int records) throws Exception {
    ForkJoinPool pool = new ForkJoinPool(4);
    try {
      pool.submit(() -> IntStream.range(0, records).parallel().forEach(i -> {
        Region region = REGIONS[(i / 3) % REGIONS.length];
        switch (i % 3) {
          case 0 -> function.counters.add(at, region.code(), Map.of(Metrics.JOBS_POSTED, 1L, Metrics.OPENINGS, 1L));
          case 1 -> function.counters.add(at, region.code(), Map.of(Metrics.WORKERS_REGISTERED, 1L));
          default -> {
            int flow = (i / 3) % FLOWS;
            function.counters.flow(at, REGIONS[flow % REGIONS.length].code(),
                REGIONS[(flow / REGIONS.length + 1 + flow) % REGIONS.length].code(), Metrics.FLOW_MATCHED);
          }
        }
      })).get();
    } finally {
      pool.shutdown();
    }
  }

  private String csv(JsonNode report) {
    for (JsonNode file : report.path("files")) {
      if (file.path("format").asText().equals("CSV")) {
        return new String(function.download(file.path("url").asText()), StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("no CSV in " + report);
  }

}
