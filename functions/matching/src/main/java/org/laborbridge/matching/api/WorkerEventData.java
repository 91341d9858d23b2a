package org.laborbridge.matching.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.laborbridge.matching.domain.CandidateProfile;
import org.laborbridge.shared.identity.OccupationCode;
import org.laborbridge.shared.region.Region;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The {@code data} of {@code worker.registered}/{@code worker.updated} (docs/api/events.md) read as a {@link CandidateProfile}. */
final class WorkerEventData {

  private WorkerEventData() {}

  static CandidateProfile toProfile(JsonNode data) {
    EventFields f = new EventFields(data);
    String id = f.text("id");
    long version = f.number("version");
    Region homeRegion = f.convert("homeRegion", f.text("homeRegion"), Region::ofCode);
    String ownerSubject = f.optionalText("ownerSubject");
    Set<Region> desired = new HashSet<>();
    for (String code : f.texts("desiredRegions")) {
      desired.add(f.convert("desiredRegions", code, Region::ofCode));
    }
    boolean anyRegion = f.flag("anyRegion");
    List<OccupationCode> occupations = f.texts("occupationCodes").stream()
        .map(code -> f.convert("occupationCodes", code, OccupationCode::parse)).toList();
    List<String> skills = f.texts("skills");
    var expected = f.optionalDecimal("expectedMonthlyWage");
    var availableFrom = f.optionalDate("availableFrom");
    Set<String> priorityGroups = Set.copyOf(f.texts("priorityGroups"));
    boolean consented = f.flag("consent.granted");
    Set<String> channels = Set.copyOf(f.texts("consent.channels"));
    f.check();
    desired.remove(null);
    return new CandidateProfile(id, version, homeRegion, ownerSubject, desired, anyRegion,
        occupations.stream().filter(Objects::nonNull).toList(), skills, expected, availableFrom, priorityGroups,
        consented, channels);
  }
}
