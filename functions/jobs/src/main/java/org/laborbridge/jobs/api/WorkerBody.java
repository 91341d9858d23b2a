package org.laborbridge.jobs.api;

import org.laborbridge.platform.http.Dates;
import org.laborbridge.platform.http.FieldCheck;

import org.laborbridge.jobs.domain.PriorityGroup;
import org.laborbridge.jobs.domain.PushConsent;
import org.laborbridge.jobs.domain.WorkerPreferences;
import org.laborbridge.jobs.domain.WorkerRegistration;
import org.laborbridge.shared.identity.MobileNumber;
import org.laborbridge.shared.identity.OccupationCode;
import org.laborbridge.shared.identity.ResidentIdentityNumber;
import org.laborbridge.shared.region.CountyCode;
import org.laborbridge.shared.region.Region;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A job seeker's registration as sent by the worker's phone, staff, or a partner's {@code worker.registered}
 * webhook. {@code desiredRegions} lists two-digit region codes, or is {@code ["any"]}.
 */
public record WorkerBody(
    String name,
    String identityNumber,
    String phone,
    String homeCounty,
    List<String> desiredRegions,
    List<String> occupationCodes,
    List<String> skills,
    BigDecimal expectedMonthlyWage,
    String availableFrom,
    List<String> priorityGroups,
    ConsentBody consent) {

  public record ConsentBody(Boolean push, List<String> channels) {}

  WorkerRegistration toDomain(Clock clock) {
    FieldCheck check = new FieldCheck();
    if (name == null || name.isBlank()) {
      check.fail("name", "is required");
    }
    ResidentIdentityNumber identity = check.required("identityNumber", identityNumber, n -> ResidentIdentityNumber.parse(n, clock));
    MobileNumber mobile = check.required("phone", phone, MobileNumber::parse);
    CountyCode home = check.required("homeCounty", homeCounty, CountyCode::parse);
    WorkerPreferences preferences = preferences(check, desiredRegions, occupationCodes, skills, expectedMonthlyWage,
        availableFrom, priorityGroups, consent);
    check.throwIfAny();
    WorkerRegistration registration = check.value("", () -> new WorkerRegistration(name, identity, mobile, home, preferences));
    check.throwIfAny();
    return registration;
  }

  static WorkerPreferences preferences(FieldCheck check, List<String> regions, List<String> occupations, List<String> skills,
      BigDecimal wage, String availableFrom, List<String> groups, ConsentBody consent) {
    boolean any = regions != null && regions.stream().anyMatch("any"::equalsIgnoreCase);
    Set<Region> desired = new LinkedHashSet<>();
    if (regions == null || regions.isEmpty()) {
      check.fail("desiredRegions", "is required: region codes such as 33, or [\"any\"]");
    } else if (!any) {
      for (int i = 0; i < regions.size(); i++) {
        String code = regions.get(i);
        Region region = check.required("desiredRegions[" + i + "]", code, Region::ofCode);
        if (region != null) {
          desired.add(region);
        }
      }
    }
    List<OccupationCode> codes = new ArrayList<>();
    if (occupations == null || occupations.isEmpty()) {
      check.fail("occupationCodes", "is required: at least one occupation code such as 6-01-02-03");
    } else {
      for (int i = 0; i < occupations.size(); i++) {
        OccupationCode code = check.required("occupationCodes[" + i + "]", occupations.get(i), OccupationCode::parse);
        if (code != null) {
          codes.add(code);
        }
      }
    }
    LocalDate from = check.optional("availableFrom", availableFrom, text -> Dates.parse("availableFrom", text));
    Set<PriorityGroup> priority = EnumSet.noneOf(PriorityGroup.class);
    if (groups != null) {
      for (int i = 0; i < groups.size(); i++) {
        PriorityGroup group = check.oneOf("priorityGroups[" + i + "]", groups.get(i), PriorityGroup.class);
        if (group != null) {
          priority.add(group);
        }
      }
    }
    PushConsent pushConsent = consent(check, consent);
    if (!check.ok()) {
      return null;
    }
    return check.value("", () -> new WorkerPreferences(desired, any, codes, skills, wage, from, priority, pushConsent));
  }

  static PushConsent consent(FieldCheck check, ConsentBody consent) {
    if (consent == null || consent.push() == null) {
      return PushConsent.none();
    }
    Set<PushConsent.Channel> channels = EnumSet.noneOf(PushConsent.Channel.class);
    List<String> named = consent.channels() == null ? List.of() : consent.channels();
    for (int i = 0; i < named.size(); i++) {
      PushConsent.Channel channel = check.oneOf("consent.channels[" + i + "]", named.get(i), PushConsent.Channel.class);
      if (channel != null) {
        channels.add(channel);
      }
    }
    return check.value("consent", () -> new PushConsent(consent.push(), channels));
  }

  @Override
  public String toString() {
    return "WorkerBody[homeCounty=" + homeCounty + "]";
  }
}
