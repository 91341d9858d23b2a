package org.laborbridge.shared.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemsTest {

  @Test
  void an_invalid_value_is_a_400_listing_every_field() {
    InvalidValue invalid = new InvalidValue(List.of(
        new FieldError("identityNumber", "check character does not match"),
        new FieldError("mobile", "is required")));
    Problem problem = Problems.of(invalid);
    assertEquals(400, problem.status());
    assertEquals("https://laborbridge.org/problems/invalid-value", problem.type());
    assertEquals("Invalid value", problem.title());
    assertEquals("identityNumber: check character does not match; mobile: is required", problem.detail());
    assertEquals(invalid.errors(), problem.errors());
  }

  @Test
  void not_found_is_a_404_naming_what_was_missing() {
    Problem problem = Problems.of(new NotFound("fair", "F-2024-017"));
    assertEquals(404, problem.status());
    assertEquals(Problems.NOT_FOUND, problem.type());
    assertEquals("fair F-2024-017 not found", problem.detail());
    assertTrue(problem.errors().isEmpty());
  }

  @Test
  void a_duplicate_is_a_409_carrying_the_existing_id() {
    Problem problem = Problems.of(Conflict.alreadyExists("job posting", "JP-42"));
    assertEquals(409, problem.status());
    assertEquals(Problems.CONFLICT, problem.type());
    assertEquals("job posting already exists", problem.detail());
    assertEquals(Map.of("existingId", "JP-42"), problem.details());
  }

  @Test
  void a_refusal_by_a_programme_rule_is_a_422() {
    Problem problem = Problems.of(new Rejected("a transfer decision cannot be withdrawn",
        Map.of("decision", "ACCEPTED")));
    assertEquals(422, problem.status());
    assertEquals(Problems.REJECTED, problem.type());
    assertEquals("Rejected", problem.title());
    assertEquals(Map.of("decision", "ACCEPTED"), problem.details());
  }

  @Test
  void a_caller_who_may_not_act_gets_403_and_one_who_is_unknown_gets_401() {
    assertEquals(403, Problems.of(new Forbidden("a worker reads only their own record")).status());
    Problem unknown = Problems.of(new Unauthenticated("webhook signature does not verify"));
    assertEquals(401, unknown.status());
    assertEquals("webhook signature does not verify", unknown.detail());
  }

  @Test
  void each_kind_has_its_own_stable_problem_type() {
    List<String> types = List.of(
        Problems.of(new InvalidValue("seats")).type(),
        Problems.of(new NotFound("fair", "1")).type(),
        Problems.of(new Conflict("taken")).type(),
        Problems.of(new Rejected("closed")).type(),
        Problems.of(new Forbidden("not yours")).type(),
        Problems.of(new Unauthenticated("bad signature")).type());
    assertEquals(6, types.stream().distinct().count());
    types.forEach(type -> assertTrue(type.startsWith("https://laborbridge.org/problems/")));
  }

  @Test
  void every_problem_gets_a_short_fresh_error_reference() {
    Problem first = Problems.of(new InvalidValue("seats"));
    Problem second = Problems.of(new InvalidValue("seats"));
    assertEquals(10, first.errorRef().length());
    assertTrue(first.errorRef().matches("[2-9A-HJKMNP-Z]{10}"));
    assertNotEquals(first.errorRef(), second.errorRef());
  }

  @Test
  void the_instance_is_left_for_the_handler_to_fill_in() {
    Problem problem = Problems.of(new NotFound("fair", "1"));
    assertNull(problem.instance());
    Problem placed = problem.withInstance("/fairs/1");
    assertEquals("/fairs/1", placed.instance());
    assertEquals(problem.errorRef(), placed.errorRef());
  }

  @Test
  void an_unexpected_failure_is_a_500_that_says_nothing_about_the_cause() {
    Problem problem = Problems.unexpected();
    assertEquals(500, problem.status());
    assertEquals(Problems.INTERNAL_ERROR, problem.type());
    assertTrue(problem.detail().contains("error reference"));
  }

  @Test
  void a_problem_must_have_an_error_status() {
    assertThrows(IllegalArgumentException.class,
        () -> new Problem(Problems.CONFLICT, "Conflict", 200, null, null, null, "REF", null));
  }

  @Test
  void missing_errors_and_details_become_empty() {
    Problem problem = new Problem(Problems.CONFLICT, "Conflict", 409, null, null, null, "REF", null);
    assertTrue(problem.errors().isEmpty());
    assertTrue(problem.details().isEmpty());
  }
}
