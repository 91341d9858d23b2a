package org.laborbridge.jobs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.laborbridge.shared.identity.OccupationCode;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.region.Region;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** The rules a worker's consent, preferences and records check on themselves, and what they let out when printed. */
class WorkerRecordsTest {

  private static WorkerPreferences wanting(Set<Region> regions, boolean anyRegion) {
    return new WorkerPreferences(regions, anyRegion, List.of(OccupationCode.parse(Samples.WELDER)), List.of(),
        null, null, null, PushConsent.none());
  }

  @Test
  void consenting_to_pushes_without_naming_a_channel_is_refused_on_consent_channels() {
    InvalidValue refused = assertThrows(InvalidValue.class, () -> new PushConsent(true, Set.of()));

    assertEquals("consent.channels", refused.errors().get(0).field());
  }

  @Test
  void withheld_consent_keeps_no_channels() {
    assertEquals(Set.of(), new PushConsent(false, Set.of(PushConsent.Channel.SMS)).channels());
    assertEquals(PushConsent.none(), new PushConsent(false, Set.of(PushConsent.Channel.SMS)));
  }

  @Test
  void preferences_naming_no_region_and_not_any_region_are_refused_on_desiredRegions() {
    InvalidValue refused = assertThrows(InvalidValue.class, () -> wanting(Set.of(), false));

    assertEquals("desiredRegions", refused.errors().get(0).field());
  }

  @Test
  void a_worker_who_will_go_anywhere_accepts_every_region_and_keeps_no_list() {
    WorkerPreferences anywhere = wanting(Set.of(Region.FUJIAN), true);

    assertEquals(Set.of(), anywhere.desiredRegions());
    for (Region region : Region.values()) {
      assertTrue(anywhere.accepts(region));
    }
  }

  @Test
  void a_worker_who_names_regions_accepts_only_those() {
    WorkerPreferences eastCoast = wanting(Set.of(Region.ZHEJIANG, Region.JIANGSU), false);

    assertTrue(eastCoast.accepts(Region.ZHEJIANG));
    assertFalse(eastCoast.accepts(Region.TIBET));
  }

  @Test
  void preferences_need_at_least_one_occupation_and_no_negative_wage() {
    assertEquals("occupationCodes", assertThrows(InvalidValue.class, () -> new WorkerPreferences(
        Set.of(), true, List.of(), List.of(), null, null, null, PushConsent.none())).errors().get(0).field());
    assertEquals("expectedMonthlyWage", assertThrows(InvalidValue.class, () -> new WorkerPreferences(
        Set.of(), true, List.of(OccupationCode.parse(Samples.WELDER)), List.of(), new BigDecimal("-1"), null, null,
        PushConsent.none())).errors().get(0).field());
  }

  @Test
  void a_printed_registration_shows_neither_the_identity_number_nor_the_phone() {
    String printed = Samples.registration().toString();

    assertFalse(printed.contains(Samples.IDENTITY), printed);
    assertFalse(printed.contains(Samples.PHONE), printed);
  }

  @Test
  void a_printed_worker_shows_neither_the_identity_number_nor_the_phone() {
    WorkerRegistration registration = Samples.registration();
    Worker worker = new Worker("worker-1", registration.name(), registration.identityNumber(), registration.phone(),
        registration.homeCounty(), registration.preferences(), new RegisteredBy(RegisteredBy.Kind.SELF, "account-1"),
        Samples.START, Samples.START, 1);

    String printed = worker.toString();

    assertFalse(printed.contains(Samples.IDENTITY), printed);
    assertFalse(printed.contains(Samples.PHONE), printed);
    assertTrue(printed.contains("worker-1"), printed);
  }

  @Test
  void a_worker_belongs_to_the_region_of_their_home_county() {
    WorkerRegistration registration = Samples.registration();
    Worker worker = new Worker("worker-1", registration.name(), registration.identityNumber(), registration.phone(),
        registration.homeCounty(), registration.preferences(), new RegisteredBy(RegisteredBy.Kind.SELF, "account-1"),
        Samples.START, Samples.START, 1);

    // The identity number was issued in Beijing; home is where the worker lives now.
    assertEquals(Region.SICHUAN, worker.homeRegion());
  }
}
