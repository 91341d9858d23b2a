package org.laborbridge.jobs.api;

import org.laborbridge.platform.http.FieldCheck;

import org.laborbridge.jobs.domain.PriorityGroup;
import org.laborbridge.jobs.domain.WorkerPreferences;
import org.laborbridge.shared.region.Region;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;

/** A worker's change of preferences or consent: only the fields present change (JSON merge-patch style). */
public record WorkerPatchBody(
    List<String> desiredRegions,
    List<String> occupationCodes,
    List<String> skills,
    BigDecimal expectedMonthlyWage,
    String availableFrom,
    List<String> priorityGroups,
    WorkerBody.ConsentBody consent) {

  /** The change to apply to the current preferences; field errors are raised when it is applied. */
  UnaryOperator<WorkerPreferences> toChange() {
    return current -> {
      FieldCheck check = new FieldCheck();
      List<String> regions = desiredRegions != null ? desiredRegions
          : current.anyRegion() ? List.of("any") : current.desiredRegions().stream().map(Region::code).toList();
      List<String> occupations = occupationCodes != null ? occupationCodes
          : current.occupations().stream().map(o -> o.value()).toList();
      List<String> groups = priorityGroups != null ? priorityGroups
          : current.priorityGroups().stream().map(PriorityGroup::name).toList();
      WorkerBody.ConsentBody consentBody = consent != null ? consent
          : new WorkerBody.ConsentBody(current.consent().granted(), current.consent().channels().stream().map(Enum::name).toList());
      WorkerPreferences changed = WorkerBody.preferences(check, regions, occupations,
          skills != null ? skills : current.skills(),
          expectedMonthlyWage != null ? expectedMonthlyWage : current.expectedMonthlyWage(),
          availableFrom != null ? availableFrom : current.availableFrom() == null ? null : current.availableFrom().toString(),
          groups, consentBody);
      check.throwIfAny();
      return changed;
    };
  }
}
