package org.laborbridge.jobs.domain;

import org.laborbridge.shared.paging.Page;
import org.laborbridge.shared.paging.PageRequest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.laborbridge.shared.problem.Conflict;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.problem.NotFound;
import org.laborbridge.shared.region.CountyCode;
import org.laborbridge.shared.time.ProgrammeClock;
import org.laborbridge.shared.time.SettableClock;
import org.laborbridge.shared.webhook.WebhookSecret;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

class ManagePartnersTest {

  private final SettableClock clock = Samples.clock();
  private final InMemoryPartnerStore partners = new InMemoryPartnerStore();
  private final ManagePartners managePartners = new ManagePartners(partners, new ProgrammeClock(clock));

  private Partner registerChengduBureau() {
    Partner partner = managePartners.register("hr-chengdu", "Chengdu Human Resources and Social Security Bureau",
        CountyCode.parse(Samples.CHENGDU), PartnerKind.HR_DEPARTMENT, List.of(Samples.secret(1)),
        URI.create("https://hr.chengdu.example/webhooks"));
    clock.advance(Duration.ofDays(1));
    return partner;
  }

  private static List<WebhookSecret> secrets(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(Samples::secret).toList();
  }

  @Test
  void a_registered_partner_is_enabled_with_its_secrets() {
    Partner partner = registerChengduBureau();

    assertTrue(partner.enabled());
    assertEquals(List.of(Samples.secret(1)), partner.secrets());
    assertEquals(Samples.START, partner.createdAt());
    assertEquals(Optional.of(partner), partners.find("hr-chengdu"));
    assertEquals(partner, managePartners.find("hr-chengdu"));
  }

  @Test
  void registering_a_partner_id_that_is_taken_is_a_conflict_and_keeps_the_first_partner() {
    Partner first = registerChengduBureau();

    Conflict conflict = assertThrows(Conflict.class, () -> managePartners.register("hr-chengdu", "Someone else",
        CountyCode.parse(Samples.HANGZHOU), PartnerKind.BROKER, List.of(Samples.secret(2)), null));

    assertEquals(Map.of("existingId", "hr-chengdu"), conflict.details());
    assertEquals(first, managePartners.find("hr-chengdu"));
  }

  @Test
  void an_unknown_partner_is_not_found() {
    assertThrows(NotFound.class, () -> managePartners.find("nobody"));
    assertThrows(NotFound.class, () -> managePartners.setEnabled("nobody", false));
    assertThrows(NotFound.class, () -> managePartners.rotateSecrets("nobody", secrets(1)));
  }

  @Test
  void a_partner_switched_off_and_on_is_stored_that_way() {
    registerChengduBureau();

    Partner off = managePartners.setEnabled("hr-chengdu", false);
    assertFalse(off.enabled());
    assertEquals(clock.instant(), off.modifiedAt());
    assertFalse(managePartners.find("hr-chengdu").enabled());

    Partner on = managePartners.setEnabled("hr-chengdu", true);
    assertTrue(on.enabled());
    assertTrue(managePartners.find("hr-chengdu").enabled());
  }

  @Test
  void switching_a_partner_to_the_state_it_is_in_changes_nothing() {
    registerChengduBureau();
    Partner off = managePartners.setEnabled("hr-chengdu", false);
    clock.advance(Duration.ofHours(1));

    assertEquals(off, managePartners.setEnabled("hr-chengdu", false));
    assertEquals(off, managePartners.find("hr-chengdu"));
  }

  @ParameterizedTest(name = "{0} secrets")
  @ValueSource(ints = {1, 2, 3})
  void a_partner_may_hold_one_to_three_secrets_while_rotating(int count) {
    registerChengduBureau();

    Partner rotated = managePartners.rotateSecrets("hr-chengdu", secrets(count));

    assertEquals(secrets(count), rotated.secrets());
    assertEquals(secrets(count), managePartners.find("hr-chengdu").secrets());
    assertEquals(clock.instant(), rotated.modifiedAt());
  }

  @ParameterizedTest(name = "{0} secrets")
  @ValueSource(ints = {0, 4})
  void rotating_to_no_secret_or_to_four_is_refused_and_keeps_the_old_secrets(int count) {
    Partner partner = registerChengduBureau();

    InvalidValue refused = assertThrows(InvalidValue.class, () -> managePartners.rotateSecrets("hr-chengdu",
        secrets(count)));

    assertEquals("secrets", refused.errors().get(0).field());
    assertEquals(partner, managePartners.find("hr-chengdu"));
  }

  @Test
  void partners_are_listed_in_pages() {
    for (String id : List.of("agency-hangzhou", "hr-chengdu", "coop-ziyang")) {
      managePartners.register(id, "Partner " + id, CountyCode.parse(Samples.CHENGDU), PartnerKind.AGENCY,
          List.of(Samples.secret(1)), null);
    }

    Page<Partner> first = managePartners.list(PageRequest.first(2));
    Page<Partner> second = managePartners.list(new PageRequest(first.nextCursor(), 2));

    assertEquals(2, first.items().size());
    assertEquals(1, second.items().size());
    assertTrue(second.nextCursor().isEmpty());
  }
}
