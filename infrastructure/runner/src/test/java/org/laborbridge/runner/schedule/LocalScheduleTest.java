package org.laborbridge.runner.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LocalScheduleTest {

  @Test
  void a_schedule_without_timezone_input_or_state_gets_what_aws_gives_it() {
    LocalSchedule daily = LocalSchedule.fromTemplate("CampaignsFunction.Daily", "cron(0 9 * * ? *)", null, null, null);
    assertEquals(ZoneOffset.UTC, daily.zone());
    assertEquals("{}", daily.payload());
    assertTrue(daily.enabled());
  }

  @Test
  void the_template_timezone_input_and_state_are_kept() {
    LocalSchedule daily = LocalSchedule.fromTemplate("CampaignsFunction.Daily", "cron(0 9 * * ? *)",
        "Asia/Shanghai", "{\"campaign\":\"spring\"}", "DISABLED");
    assertEquals(ZoneId.of("Asia/Shanghai"), daily.zone());
    assertEquals("{\"campaign\":\"spring\"}", daily.payload());
    assertFalse(daily.enabled());
  }

  @Test
  void a_bad_expression_is_reported_with_the_schedule_name() {
    String message = assertThrows(IllegalArgumentException.class,
        () -> LocalSchedule.fromTemplate("CampaignsFunction.Daily", "rate(1 minutes)", null, null, null)).getMessage();
    assertTrue(message.startsWith("Schedule CampaignsFunction.Daily: ") && message.contains("rate(1 minutes)"), message);
  }

  @Test
  void an_unknown_time_zone_is_refused() {
    String message = assertThrows(IllegalArgumentException.class,
        () -> LocalSchedule.fromTemplate("CampaignsFunction.Daily", "cron(0 9 * * ? *)", "Mars/Olympus", null, null))
        .getMessage();
    assertTrue(message.contains("'Mars/Olympus'"), message);
  }

  @Test
  void a_state_other_than_enabled_or_disabled_is_refused() {
    String message = assertThrows(IllegalArgumentException.class,
        () -> LocalSchedule.fromTemplate("CampaignsFunction.Daily", "cron(0 9 * * ? *)", null, null, "PAUSED"))
        .getMessage();
    assertTrue(message.contains("'PAUSED'"), message);
  }

  @Test
  void input_that_is_not_json_is_refused_before_anything_fires() {
    for (String input : new String[] {"{campaign: spring", "", "{} {}"}) {
      String message = assertThrows(IllegalArgumentException.class,
          () -> LocalSchedule.fromTemplate("CampaignsFunction.Daily", "cron(0 9 * * ? *)", null, input, null))
          .getMessage();
      assertTrue(message.startsWith("Schedule CampaignsFunction.Daily: Input"), message);
    }
  }
}
