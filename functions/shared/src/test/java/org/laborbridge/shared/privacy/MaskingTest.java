package org.laborbridge.shared.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MaskingTest {

  @Test
  void an_identity_number_shows_only_its_first_six_and_last_four_characters() {
    assertEquals("110105********002X", Masking.identity("11010519491231002X"));
  }

  @Test
  void a_phone_number_shows_only_its_first_three_and_last_four_digits() {
    assertEquals("138****5678", Masking.phone("13812345678"));
  }

  @Test
  void a_value_of_an_unexpected_length_is_hidden_whole() {
    assertEquals("*****", Masking.identity("12345"));
    assertEquals("************", Masking.phone("+86138123456"));
  }

  @Test
  void nothing_to_mask_stays_nothing() {
    assertNull(Masking.identity(null));
    assertNull(Masking.phone(null));
  }
}
