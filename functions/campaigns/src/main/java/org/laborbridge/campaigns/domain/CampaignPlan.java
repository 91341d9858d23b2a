package org.laborbridge.campaigns.domain;

import org.laborbridge.shared.problem.FreeText;
import org.laborbridge.shared.problem.FieldError;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.region.Region;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What staff decide about a campaign: its name, its first and last day (China Standard Time dates), whom it
 * addresses, in which regions, the message people get on its first day, and its reminder days. Checked as a whole:
 * every mistake is reported at once, under the body's field names.
 */
public record CampaignPlan(String name, LocalDate startsOn, LocalDate endsOn, Set<TargetGroup> targetGroups,
    Set<Region> regions, String message, List<Reminder> reminders) {

  static final int MAX_NAME = 200;
  /** Messages reach phones through SMS, app and WeChat gateways: short. */
  public static final int MAX_MESSAGE = 500;
  static final int MAX_REMINDERS = 20;
  /** A campaign month can run to about ten weeks (Spring Breeze 2024: 75 days); a year is the outer bound. */
  static final int LONGEST_DAYS = 366;
  /** How far before a campaign's first day a reminder linked to a fair may lie. */
  public static final int EARLIEST_REMINDER_DAYS = 90;

  public CampaignPlan {
    List<FieldError> errors = new ArrayList<>();
    name = FreeText.required(errors, "name", name, MAX_NAME);
    message = FreeText.required(errors, "message", message, MAX_MESSAGE);
    if (startsOn == null) {
      errors.add(new FieldError("startsOn", "is required"));
    }
    if (endsOn == null) {
      errors.add(new FieldError("endsOn", "is required"));
    }
    if (startsOn != null && endsOn != null) {
      if (!endsOn.isAfter(startsOn)) {
        errors.add(new FieldError("endsOn", "must be after startsOn"));
      } else if (ChronoUnit.DAYS.between(startsOn, endsOn) > LONGEST_DAYS) {
        errors.add(new FieldError("endsOn", "a campaign lasts at most " + LONGEST_DAYS + " days"));
      }
    }
    targetGroups = targetGroups == null || targetGroups.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(targetGroups));
    if (targetGroups.isEmpty()) {
      errors.add(new FieldError("targetGroups", "name at least one target group"));
    }
    regions = regions == null || regions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(regions));
    if (regions.isEmpty()) {
      errors.add(new FieldError("regions", "name at least one programme region"));
    }
    List<Reminder> given = reminders == null ? List.of() : List.copyOf(reminders);
    if (given.size() > MAX_REMINDERS) {
      errors.add(new FieldError("reminders", "must list at most " + MAX_REMINDERS + " reminders"));
    } else {
      checkReminders(errors, startsOn, endsOn, given);
    }
    // Kept in the order given: errors, and the answers to staff, number reminders as staff did.
    reminders = given;
    if (!errors.isEmpty()) {
      throw new InvalidValue(errors);
    }
  }

  private static void checkReminders(List<FieldError> errors, LocalDate startsOn, LocalDate endsOn,
      List<Reminder> reminders) {
    Set<LocalDate> days = new HashSet<>();
    for (int i = 0; i < reminders.size(); i++) {
      Reminder reminder = reminders.get(i);
      String field = "reminders[" + i + "]";
      if (!days.add(reminder.on())) {
        errors.add(new FieldError(field + ".on", "two reminders on " + reminder.on() + ": one day sends once"));
      }
      reminder.message().filter(m -> m.length() > MAX_MESSAGE).ifPresent(m ->
          errors.add(new FieldError(field + ".message", "must be at most " + MAX_MESSAGE + " characters")));
      reminder.fairId().filter(f -> !Ids.isRecordId(f)).ifPresent(f ->
          errors.add(new FieldError(field + ".fairId", "must be a fair id")));
      if (startsOn == null || endsOn == null) {
        continue;
      }
      if (reminder.on().equals(startsOn)) {
        errors.add(new FieldError(field + ".on", "the first day sends the campaign's message already"));
      } else if (reminder.fairId().isEmpty() && (reminder.on().isBefore(startsOn) || reminder.on().isAfter(endsOn))) {
        errors.add(new FieldError(field + ".on", "must lie within the campaign, or name the fair it comes before"));
      } else if (reminder.fairId().isPresent() && (reminder.on().isBefore(startsOn.minusDays(EARLIEST_REMINDER_DAYS))
          || reminder.on().isAfter(endsOn))) {
        errors.add(new FieldError(field + ".on", "must lie between " + EARLIEST_REMINDER_DAYS
            + " days before the campaign starts and its last day"));
      }
    }
  }

  /** Whether the campaign tells workers one by one (some target group is made of workers). */
  public boolean reachesWorkers() {
    return TargetGroup.anyWorkers(targetGroups);
  }

  public boolean reachesEmployers() {
    return targetGroups.contains(TargetGroup.EMPLOYERS);
  }
}
