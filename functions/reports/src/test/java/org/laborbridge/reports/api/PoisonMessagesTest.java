package org.laborbridge.reports.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.laborbridge.shared.message.Envelope;
import org.laborbridge.shared.message.EnvelopeCodec;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A message that is not a report request fails (and so ends in the dead-letter queue); the good ones beside it pass. */
class PoisonMessagesTest extends ReportsHandlerTest {

  private static final Instant AT = Instant.parse("2026-11-30T18:00:00Z");

  @Test
  void unreadable_and_mismatched_requests_fail_alone_and_write_nothing() {
    Set<String> failed = function.handle(List.of(
        ReportsFunction.message("not-json", "{\"id\": "),
        ReportsFunction.message("other-type", json("fair.cancelled", "laborbridge.reports", data("monthly-2026-11", "MONTHLY", "2026-11"))),
        ReportsFunction.message("other-source", json("report.requested", "zj-hr", data("monthly-2026-11", "MONTHLY", "2026-11"))),
        ReportsFunction.message("bad-kind", json("report.requested", "laborbridge.reports", data("yearly-2026", "YEARLY", "2026"))),
        ReportsFunction.message("bad-period", json("report.requested", "laborbridge.reports", data("monthly-2026-13", "MONTHLY", "2026-13"))),
        ReportsFunction.message("id-of-another-period", json("report.requested", "laborbridge.reports",
            data("monthly-2026-10", "MONTHLY", "2026-11")))));

    assertEquals(Set.of("not-json", "other-type", "other-source", "bad-kind", "bad-period", "id-of-another-period"), failed);
    assertTrue(function.everything().isEmpty(), "no catalog entry");
    assertTrue(function.reportKeys().isEmpty(), "no file");

    Set<String> none = function.handle(List.of(ReportsFunction.message("good", json("report.requested", "laborbridge.reports",
        data("weekly-2026-W48", "WEEKLY", "2026-W48")))));
    assertTrue(none.isEmpty());
    assertEquals(3, function.reportKeys().size());
  }

  private static ObjectNode data(String reportId, String kind, String period) {
    return ReportsFunction.JSON.createObjectNode().put("reportId", reportId).put("kind", kind).put("period", period);
  }

  private static String json(String type, String source, ObjectNode data) {
    return EnvelopeCodec.toJson(new Envelope("msg-" + type + "-" + source, type, AT, source, data));
  }
}
