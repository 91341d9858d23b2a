package org.laborbridge.campaigns.api;

import io.micronaut.core.annotation.Introspected;
import org.laborbridge.campaigns.domain.CampaignPlan;
import org.laborbridge.campaigns.domain.CampaignStatus;
import org.laborbridge.campaigns.domain.Reminder;
import org.laborbridge.campaigns.domain.TargetGroup;
import org.laborbridge.platform.http.Dates;
import org.laborbridge.platform.http.FieldCheck;
import org.laborbridge.shared.region.Region;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A campaign as staff write it. Dates are ISO dates in China Standard Time. {@code targetGroups}: any of
 * LIFTED_OUT_OF_POVERTY, RELOCATED, POVERTY_RETURN_MONITORING, DIFFICULTY_FINDING_JOBS (the priority groups),
 * MIGRANT_WORKERS, ALL_JOB_SEEKERS, EMPLOYERS. {@code regions}: two-digit programme region codes (all nine when
 * left out). {@code id} is for POST only; {@code version} (the one read) and {@code status} (SCHEDULED or CANCELLED)
 * for PUT only.
 */
@Introspected
public record CampaignBody(String id, String name, String startsOn, String endsOn, List<String> targetGroups,
    List<String> regions, String message, List<ReminderBody> reminders, String status, Long version) {

  CampaignPlan toPlan(FieldCheck check) {
    LocalDate starts = check.required("startsOn", startsOn, t -> Dates.parse("startsOn", t));
    LocalDate ends = check.required("endsOn", endsOn, t -> Dates.parse("endsOn", t));
    Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
    if (targetGroups == null || targetGroups.isEmpty()) {
      check.fail("targetGroups", "name at least one target group");
    } else {
      for (int i = 0; i < targetGroups.size(); i++) {
        TargetGroup group = check.oneOf("targetGroups[" + i + "]", targetGroups.get(i), TargetGroup.class);
        if (group != null) {
          groups.add(group);
        }
      }
    }
    Set<Region> in = EnumSet.noneOf(Region.class);
    if (regions == null) {
      in.addAll(EnumSet.allOf(Region.class));
    } else {
      for (int i = 0; i < regions.size(); i++) {
        Region region = check.required("regions[" + i + "]", regions.get(i), Region::ofCode);
        if (region != null) {
          in.add(region);
        }
      }
    }
    List<Reminder> days = new ArrayList<>();
    if (reminders != null) {
      for (int i = 0; i < reminders.size(); i++) {
        ReminderBody reminder = reminders.get(i);
        String field = "reminders[" + i + "]";
        if (reminder == null) {
          check.fail(field, "is required");
          continue;
        }
        LocalDate on = check.required(field + ".on", reminder.on(), t -> Dates.parse(field + ".on", t));
        if (on != null) {
          days.add(new Reminder(on, Optional.ofNullable(reminder.fairId()), Optional.ofNullable(reminder.message())));
        }
      }
    }
    // Unreadable fields first: the plan's own rules need every value.
    check.throwIfAny();
    CampaignPlan plan = check.value("", () -> new CampaignPlan(name, starts, ends, groups, in, message, days));
    check.throwIfAny();
    return plan;
  }

  CampaignStatus statusOrScheduled(FieldCheck check) {
    return status == null ? CampaignStatus.SCHEDULED : check.oneOf("status", status, CampaignStatus.class);
  }
}
