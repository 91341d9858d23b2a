package org.laborbridge.transfers.api;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import org.laborbridge.transfers.domain.Deadlines;
import org.laborbridge.transfers.domain.WorkingCalendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The transfers functions' settings, bound from the environment template.yaml gives them: TRANSFERS_TABLE,
 * TRANSFERS_WORKERS_TABLE and TRANSFERS_PARTNERS_TABLE (the jobs function's, read only), TRANSFERS_FILES_BUCKET,
 * TRANSFERS_PUSH_QUEUE_URL; and the yearly working calendar: TRANSFERS_HOLIDAYS and TRANSFERS_EXTRA_WORKING_DAYS
 * (comma-separated ISO dates: public holidays, and the weekend days turned into working days), with
 * TRANSFERS_TRANSFER_OUT_WORKING_DAYS (default 5, the national rule) and TRANSFERS_OVERALL_DEADLINE_WORKING_DAYS
 * (default 30, a local promise); TRANSFERS_COUNTERS_TABLE (the programme's activity counters, added to only).
 */
@ConfigurationProperties("transfers")
public record TransfersConfiguration(String table, @Nullable String workersTable, @Nullable String partnersTable,
    @Nullable String filesBucket, @Nullable String pushQueueUrl, @Nullable String holidays,
    @Nullable String extraWorkingDays, @Nullable Integer transferOutWorkingDays,
    @Nullable Integer overallDeadlineWorkingDays, @Nullable String countersTable) {

  public Deadlines deadlines() {
    return new Deadlines(new WorkingCalendar(dates("holidays", holidays), dates("extra-working-days", extraWorkingDays)),
        transferOutWorkingDays == null ? Deadlines.NATIONAL_TRANSFER_OUT_WORKING_DAYS : transferOutWorkingDays,
        overallDeadlineWorkingDays == null ? Deadlines.DEFAULT_OVERALL_WORKING_DAYS : overallDeadlineWorkingDays);
  }

  /** A wrong date in the calendar stops the function at start, naming the setting, rather than miscounting deadlines. */
  static Set<LocalDate> dates(String setting, String text) {
    if (text == null || text.isBlank()) {
      return Set.of();
    }
    try {
      return Arrays.stream(text.split("[,\\s]+")).filter(d -> !d.isBlank()).map(LocalDate::parse).collect(Collectors.toSet());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("transfers." + setting + " must be ISO dates separated by commas, e.g. 2027-01-01,2027-02-11");
    }
  }
}
