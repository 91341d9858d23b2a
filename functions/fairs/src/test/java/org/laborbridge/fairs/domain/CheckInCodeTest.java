package org.laborbridge.fairs.domain;

import org.junit.jupiter.api.Test;
import org.laborbridge.shared.problem.InvalidValue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Check-in codes: short, random, and a typing mistake is caught before any lookup. */
class CheckInCodeTest {

  @Test
  void a_code_is_nine_symbols_that_read_back_however_people_type_them() {
    CheckInCode code = CheckInCode.generate(new SecureRandom());
    assertEquals(9, code.value().length());
    assertEquals(code, CheckInCode.parse(code.display().toLowerCase()));
    assertEquals(code, CheckInCode.parse(" " + code.value().replace('0', 'O').replace('1', 'I') + " "));
    assertEquals("LBFAIR1:fair-1:" + code.value(), code.qrPayload("fair-1"));
  }

  @Test
  void every_single_mistyped_symbol_and_every_swap_of_two_different_neighbours_is_caught() {
    Random random = new Random(7);
    for (int n = 0; n < 200; n++) {
      String value = CheckInCode.generate(random).value();
      for (int i = 0; i < value.length(); i++) {
        for (char other : CheckInCode.ALPHABET.toCharArray()) {
          if (other != value.charAt(i)) {
            String typo = value.substring(0, i) + other + value.substring(i + 1);
            assertThrows(InvalidValue.class, () -> new CheckInCode(typo), typo);
          }
        }
        if (i + 1 < value.length() && value.charAt(i) != value.charAt(i + 1)) {
          String swapped = value.substring(0, i) + value.charAt(i + 1) + value.charAt(i) + value.substring(i + 2);
          assertThrows(InvalidValue.class, () -> new CheckInCode(swapped), swapped);
        }
      }
    }
  }

  @Test
  void codes_do_not_repeat_among_a_large_fair() {
    SecureRandom random = new SecureRandom();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      assertTrue(seen.add(CheckInCode.generate(random).value()));
    }
  }
}
