package org.laborbridge.shared.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DomainExceptionTest {

  @Test
  void the_family_is_sealed_to_the_six_kinds() {
    List<String> permitted = java.util.Arrays.stream(DomainException.class.getPermittedSubclasses())
        .map(Class::getSimpleName).sorted().toList();
    assertEquals(List.of("Conflict", "Forbidden", "InvalidValue", "NotFound", "Rejected", "Unauthenticated"), permitted);
  }

  @Test
  void an_invalid_value_named_by_field_alone_says_it_is_not_valid() {
    InvalidValue invalid = new InvalidValue("seats");
    assertEquals(List.of(new FieldError("seats", "is not valid")), invalid.errors());
    assertEquals("seats: is not valid", invalid.getMessage());
  }

  @Test
  void an_invalid_value_needs_at_least_one_field_error() {
    assertThrows(IllegalArgumentException.class, () -> new InvalidValue(List.of()));
  }

  @Test
  void a_field_error_needs_a_field_and_a_message() {
    assertThrows(IllegalArgumentException.class, () -> new FieldError(" ", "is required"));
    assertThrows(IllegalArgumentException.class, () -> new FieldError("mobile", null));
  }

  @Test
  void details_cannot_be_changed_afterwards() {
    Map<String, String> details = new HashMap<>(Map.of("existingId", "JP-42"));
    Conflict conflict = new Conflict("job posting already exists", details);
    details.put("existingId", "JP-43");
    assertEquals("JP-42", conflict.details().get("existingId"));
    assertThrows(UnsupportedOperationException.class, () -> conflict.details().put("x", "y"));
  }

  @Test
  void not_found_keeps_what_and_which() {
    NotFound notFound = new NotFound("transfer request", "TR-9");
    assertEquals("transfer request", notFound.what());
    assertEquals("TR-9", notFound.key());
    assertTrue(notFound.details().isEmpty());
  }

  @Test
  void a_domain_exception_must_say_what_happened() {
    assertThrows(IllegalArgumentException.class, () -> new Rejected(""));
  }
}
