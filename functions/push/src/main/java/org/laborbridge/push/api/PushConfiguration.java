package org.laborbridge.push.api;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import org.laborbridge.push.domain.Pacing;
import org.laborbridge.push.domain.QuietHours;
import org.laborbridge.push.domain.RetrySchedule;

import java.time.Duration;

/**
 * The push functions' settings, bound from the environment template.yaml gives them: PUSH_DELIVERIES_TABLE,
 * PUSH_QUEUE_URL (queue and schedule functions only), and optionally PUSH_DAILY_LIMIT (default 3),
 * PUSH_QUIET_HOURS (default 22:00-08:00, China Standard Time) and PUSH_FIRST_RETRY_SECONDS (default 5: the first
 * webhook retry's wait, which tests and local runs may set to 0); the queue function also PUSH_COUNTERS_TABLE (the
 * programme's activity counters, added to only).
 */
@ConfigurationProperties("push")
public record PushConfiguration(String deliveriesTable, @Nullable String queueUrl, @Nullable Integer dailyLimit,
    @Nullable String quietHours, @Nullable Integer firstRetrySeconds, @Nullable String countersTable) {

  public Pacing pacing() {
    return new Pacing(dailyLimit == null ? Pacing.DEFAULT_DAILY_LIMIT : dailyLimit,
        QuietHours.parse(quietHours == null || quietHours.isBlank() ? Pacing.DEFAULT_QUIET_HOURS : quietHours));
  }

  public RetrySchedule retrySchedule() {
    return RetrySchedule.standard(firstRetrySeconds == null ? RetrySchedule.FIRST_WAIT
        : Duration.ofSeconds(Math.max(0, firstRetrySeconds)));
  }
}
