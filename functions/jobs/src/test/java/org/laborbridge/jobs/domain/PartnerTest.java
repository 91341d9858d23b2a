package org.laborbridge.jobs.domain;

import org.laborbridge.shared.paging.PageRequest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.region.CountyCode;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** The rules a partner checks on itself, and the requests that carry a caller's keys and page sizes. */
class PartnerTest {

  private static Partner partner(String id, URI callbackUrl) {
    return new Partner(id, "Hangzhou Labor Service Co.", CountyCode.parse(Samples.HANGZHOU), PartnerKind.LABOR_COMPANY,
        List.of(Samples.secret(1)), callbackUrl, true, Samples.START, Samples.START);
  }

  @ParameterizedTest
  @ValueSource(strings = {"hr-chengdu", "abc", "a1-2b", "0123456789012345678901234567890123456789"})
  void a_partner_id_of_three_to_forty_lower_case_letters_digits_and_inner_hyphens_is_accepted(String id) {
    assertDoesNotThrow(() -> partner(id, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ab", "HR-Chengdu", "-hr", "hr-", "hr_chengdu", "hr chengdu",
      "01234567890123456789012345678901234567890"})
  void any_other_partner_id_is_refused_on_id(String id) {
    assertEquals("id", assertThrows(InvalidValue.class, () -> partner(id, null)).errors().get(0).field());
  }

  @Test
  void a_partner_callback_must_be_an_https_url() {
    assertDoesNotThrow(() -> partner("agency-hangzhou", URI.create("https://agency.example/hooks")));
    InvalidValue refused = assertThrows(InvalidValue.class,
        () -> partner("agency-hangzhou", URI.create("http://agency.example/hooks")));

    assertEquals("callbackUrl", refused.errors().get(0).field());
  }

  @Test
  void a_printed_partner_shows_no_secret() {
    String printed = partner("agency-hangzhou", null).toString();

    assertFalse(printed.contains(Samples.secret(1).encoded()), printed);
  }

  @Test
  void an_idempotency_key_is_one_to_one_hundred_and_twenty_eight_visible_ascii_characters() {
    assertDoesNotThrow(() -> new IdempotencyKey("k".repeat(128), "sha256:aaa"));
    assertEquals("Idempotency-Key",
        assertThrows(InvalidValue.class, () -> new IdempotencyKey("k".repeat(129), "sha256:aaa")).errors().get(0)
            .field());
    assertThrows(InvalidValue.class, () -> new IdempotencyKey("with space", "sha256:aaa"));
    assertThrows(InvalidValue.class, () -> new IdempotencyKey("", "sha256:aaa"));
  }

  @Test
  void a_page_holds_one_to_one_hundred_items() {
    assertDoesNotThrow(() -> new PageRequest(Optional.empty(), PageRequest.MAX_LIMIT));
    assertThrows(InvalidValue.class, () -> PageRequest.first(0));
    assertThrows(InvalidValue.class, () -> PageRequest.first(PageRequest.MAX_LIMIT + 1));
  }
}
