package org.laborbridge.platform.http;

import org.junit.jupiter.api.Test;
import org.laborbridge.shared.problem.FieldError;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.region.CountyCode;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every mistake in a body is reported at once, under its path in the body. */
class FieldCheckTest {

  private enum Unit { HOUR, DAY }

  @Test
  void all_field_errors_are_collected_under_the_body_path() {
    FieldCheck check = new FieldCheck();
    check.required("title", null, t -> t);
    check.required("location.regionCode", "440300", CountyCode::parse);
    check.oneOf("salary.unit", "week", Unit.class);
    InvalidValue invalid = assertThrows(InvalidValue.class, check::throwIfAny);
    assertEquals(List.of(
        new FieldError("title", "is required"),
        new FieldError("location.regionCode", "must lie in one of the nine programme regions"),
        new FieldError("salary.unit", "must be one of HOUR, DAY")), invalid.errors());
  }

  @Test
  void a_domain_error_already_under_the_body_path_keeps_its_own_name() {
    FieldCheck check = new FieldCheck();
    check.value("salary", () -> {
      throw new InvalidValue("salary.min", "must not be greater than salary.max");
    });
    assertEquals("salary.min", assertThrows(InvalidValue.class, check::throwIfAny).errors().get(0).field());
  }

  @Test
  void enum_names_are_read_in_any_case_and_with_hyphens() {
    assertEquals(Unit.DAY, new FieldCheck().oneOf("unit", "day", Unit.class));
  }
}
