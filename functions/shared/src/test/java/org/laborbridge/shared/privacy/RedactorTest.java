package org.laborbridge.shared.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RedactorTest {

  @Test
  void an_identity_number_in_a_log_line_is_masked() {
    assertEquals("worker.registered id=110105********002X outcome=CREATED",
        Redactor.redact("worker.registered id=11010519491231002X outcome=CREATED"));
  }

  @Test
  void a_mobile_number_in_a_log_line_is_masked() {
    assertEquals("push.sent to=138****5678", Redactor.redact("push.sent to=13812345678"));
  }

  @Test
  void both_kinds_in_one_line_are_masked() {
    assertEquals("{\"idNumber\":\"440524********0014\",\"mobile\":\"159****5678\"}",
        Redactor.redact("{\"idNumber\":\"440524188001010014\",\"mobile\":\"15912345678\"}"));
  }

  @Test
  void an_identity_number_with_a_wrong_check_character_is_masked_all_the_same() {
    assertEquals("110105********0021", Redactor.redact("110105194912310021"));
  }

  @Test
  void a_lower_case_x_does_not_let_a_number_through() {
    assertEquals("110105********002x", Redactor.redact("11010519491231002x"));
  }

  @Test
  void a_letter_straight_after_a_number_does_not_let_it_through() {
    assertEquals("id=440524********0014X", Redactor.redact("id=440524188001010014X"));
    assertEquals("id=440524********0014x-ray", Redactor.redact("id=440524188001010014x-ray"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "call +8613812345678 now | call +86138****5678 now",
      "call +86 13812345678 now | call +86 138****5678 now",
      "call 008613812345678 now | call 0086138****5678 now",
      "call 8613812345678 now | call 86138****5678 now",
      "tel:13812345678; | tel:138****5678;"})
  void a_mobile_number_after_a_country_code_is_masked(String line, String expected) {
    assertEquals(expected, Redactor.redact(line));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "epochMillis=1706140800000",
      "card=6222021234567890123",
      "seconds=1706140800",
      "count=12812345678",
      "orderNo=118123456789",
      "jobs=42 fair=F-2024-017"})
  void other_numbers_are_left_alone(String line) {
    assertEquals(line, Redactor.redact(line));
  }

  @Test
  void several_numbers_are_all_masked() {
    assertEquals("a=138****5678 b=139****4321",
        Redactor.redact("a=13812345678 b=13987654321"));
  }

  @Test
  void dollar_signs_and_backslashes_in_the_text_survive() {
    assertEquals("cost $5 \\ 138****5678", Redactor.redact("cost $5 \\ 13812345678"));
  }

  @Test
  void no_text_stays_no_text() {
    assertNull(Redactor.redact(null));
    assertEquals("", Redactor.redact(""));
  }
}
