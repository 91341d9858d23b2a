package org.laborbridge.platform.http;

import org.junit.jupiter.api.Test;
import org.laborbridge.shared.access.Actor;
import org.laborbridge.shared.problem.Unauthenticated;
import org.laborbridge.shared.region.Region;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The caller is read from the claims API Gateway's JWT authorizer passes on, in the forms it passes them. */
class ActorBinderTest {

  @Test
  void roles_arrive_as_api_gateway_flattens_an_array_or_as_a_plain_list() {
    assertEquals(Set.of(Actor.Role.STAFF, Actor.Role.EMPLOYER), ActorBinder.roles("[staff employer]"));
    assertEquals(Set.of(Actor.Role.STAFF, Actor.Role.EMPLOYER), ActorBinder.roles("staff,employer"));
    assertEquals(Set.of(Actor.Role.WORKER), ActorBinder.roles("[\"worker\"]"));
    assertEquals(Set.of(Actor.Role.PARTNER), ActorBinder.roles("[partner billing-admin]"), "other applications' roles are ignored");
    assertTrue(ActorBinder.roles("").isEmpty());
  }

  @Test
  void staff_of_a_region_are_known_by_the_region_claim() {
    Actor actor = ActorBinder.fromClaims(Map.of("sub", "staff-1", "roles", "[staff]", "region", "33"));
    assertEquals(Optional.of(Region.ZHEJIANG), actor.region());
    assertTrue(actor.isStaffOf(Region.ZHEJIANG));
  }

  @Test
  void claims_without_a_subject_are_no_caller() {
    assertThrows(Unauthenticated.class, () -> ActorBinder.fromClaims(Map.of("roles", "[staff]")));
    assertThrows(Unauthenticated.class, () -> ActorBinder.fromClaims(Map.of()));
  }
}
