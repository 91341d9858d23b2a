package org.laborbridge.transfers.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The programme's deadlines for a transfer, in working days: the transfer-out side's (5 in the national rules,
 * counted from the contact letter) and the overall one (a local promise, counted from the application).
 */
public record Deadlines(WorkingCalendar calendar, int transferOutWorkingDays, int overallWorkingDays) {

  public static final int NATIONAL_TRANSFER_OUT_WORKING_DAYS = 5;
  public static final int DEFAULT_OVERALL_WORKING_DAYS = 30;

  public Deadlines {
    Objects.requireNonNull(calendar, "calendar");
    if (transferOutWorkingDays < 1 || overallWorkingDays < 1) {
      throw new IllegalArgumentException("deadlines are at least one working day");
    }
  }

  public LocalDate transferOutDue(LocalDate letterSentOn) {
    return calendar.workingDaysAfter(letterSentOn, transferOutWorkingDays);
  }

  public LocalDate overallDue(LocalDate appliedOn) {
    return calendar.workingDaysAfter(appliedOn, overallWorkingDays);
  }
}
