package org.laborbridge.jobs.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.laborbridge.platform.testing.ApiGatewayRequests;
import org.laborbridge.platform.testing.ApiGatewayResponse;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Workers register once per identity number, see themselves, are seen masked by staff of their region, and change their own preferences. */
class WorkersApiTest extends JobsHandlerTest {

  private String liWei;

  @BeforeAll
  void registerLiWei() {
    ApiGatewayResponse registered = function.send(ApiGatewayRequests.post("/v1/workers", Bodies.worker().toString()).asWorker("li-wei").event());
    assertEquals(201, registered.status(), registered::toString);
    liWei = registered.json().path("id").asText();
  }

  @Test
  void the_identity_number_is_always_masked_and_the_phone_is_whole_only_for_the_worker() {
    JsonNode self = function.send(ApiGatewayRequests.get("/v1/workers/" + liWei).asWorker("li-wei").event()).json();
    assertEquals("110105********002X", self.path("identityNumber").asText());
    assertEquals("13812345678", self.path("phone").asText());

    ApiGatewayResponse staff = function.send(ApiGatewayRequests.get("/v1/workers/" + liWei).asStaff("51").event());
    assertEquals(200, staff.status());
    assertEquals("110105********002X", staff.json().path("identityNumber").asText());
    assertEquals("138****5678", staff.json().path("phone").asText());
    assertFalse(staff.body().contains("11010519491231002X"));
    assertFalse(staff.body().contains("13812345678"));
  }

  @Test
  void a_second_registration_with_the_same_identity_number_is_a_409_naming_the_existing_worker() {
    ApiGatewayResponse again = function.send(ApiGatewayRequests.post("/v1/workers", Bodies.worker().put("phone", "13900000000").toString())
        .asWorker("someone-else").event());
    assertEquals(409, again.status(), again::toString);
    assertEquals(liWei, again.json().path("existingId").asText());
    assertFalse(again.body().contains("11010519491231002X"));
  }

  @Test
  void other_workers_and_staff_of_other_regions_may_not_read_a_worker() {
    assertEquals(403, function.send(ApiGatewayRequests.get("/v1/workers/" + liWei).asWorker("zhang-san").event()).status());
    assertEquals(403, function.send(ApiGatewayRequests.get("/v1/workers/" + liWei).asStaff("33").event()).status());
    assertEquals(403, function.send(ApiGatewayRequests.get("/v1/workers/" + liWei).asEmployer("employer-zj-1").event()).status());
  }

  @Test
  void a_worker_changes_preferences_and_consent_and_no_one_else_may() {
    ApiGatewayResponse changed = function.send(ApiGatewayRequests.patch("/v1/workers/" + liWei,
        "{\"desiredRegions\":[\"any\"],\"consent\":{\"push\":false}}").asWorker("li-wei").event());
    assertEquals(200, changed.status(), changed::toString);
    assertEquals("any", changed.json().path("desiredRegions").get(0).asText());
    assertFalse(changed.json().path("consent").path("push").asBoolean());
    assertEquals("4-03-02-01", changed.json().path("occupationCodes").get(0).asText(), "untouched fields stay");
    assertTrue(changed.json().path("version").asLong() > 1);

    assertEquals(403, function.send(ApiGatewayRequests.patch("/v1/workers/" + liWei, "{\"expectedMonthlyWage\":1}")
        .asStaff("51").event()).status());
    ApiGatewayResponse bad = function.send(ApiGatewayRequests.patch("/v1/workers/" + liWei, "{\"occupationCodes\":[\"bad\"]}")
        .asWorker("li-wei").event());
    assertEquals(400, bad.status());
    assertTrue(bad.json().path("errors").findValuesAsText("field").contains("occupationCodes[0]"), bad::toString);
  }
}
