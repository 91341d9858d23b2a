package org.laborbridge.transfers.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which days offices work: Monday to Friday, less the public holidays, plus the weekend days the State Council
 * turns into working days around a holiday. Both lists are yearly settings (configuration), never code.
 */
public final class WorkingCalendar {

  private final Set<LocalDate> holidays;
  private final Set<LocalDate> extraWorkingDays;

  public WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> extraWorkingDays) {
    this.holidays = new TreeSet<>(holidays);
    this.extraWorkingDays = new TreeSet<>(extraWorkingDays);
  }

  public static WorkingCalendar weekdaysOnly() {
    return new WorkingCalendar(Set.of(), Set.of());
  }

  public boolean isWorkingDay(LocalDate day) {
    if (extraWorkingDays.contains(day)) {
      return true;
    }
    boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    return !weekend && !holidays.contains(day);
  }

  /**
   * The {@code n}th working day after {@code start} (the day itself does not count): something received on
   * {@code start} and due "within n working days" is due by the end of that day.
   */
  public LocalDate workingDaysAfter(LocalDate start, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("count at least one working day");
    }
    LocalDate day = start;
    for (int counted = 0; counted < n; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }
}
