package org.laborbridge.runner.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AtExpressionTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  void a_one_time_schedule_fires_at_its_wall_clock_time_in_its_zone() {
    ScheduleExpression launch = ScheduleExpression.parse("at(2025-06-01T09:00:00)");
    assertEquals(Instant.parse("2025-06-01T01:00:00Z"),
        launch.firstAfter(Instant.parse("2025-05-01T00:00:00Z"), SHANGHAI).orElseThrow());
  }

  @Test
  void a_one_time_schedule_has_nothing_after_its_time() {
    ScheduleExpression launch = ScheduleExpression.parse("at(2025-06-01T09:00:00)");
    assertTrue(launch.nextAfter(Instant.parse("2025-06-01T01:00:00Z"), SHANGHAI).isEmpty());
  }

  @Test
  void a_time_with_a_zone_or_without_seconds_is_refused() {
    for (String expression : new String[] {"at(2025-06-01T09:00:00Z)", "at(2025-06-01T09:00)", "at(2025-02-30T09:00:00)"}) {
      String message = assertThrows(InvalidScheduleExpression.class, () -> ScheduleExpression.parse(expression)).getMessage();
      assertTrue(message.contains("'" + expression + "'") && message.contains("yyyy-mm-ddThh:mm:ss"), message);
    }
  }
}
