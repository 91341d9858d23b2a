package org.laborbridge.runner.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnauthorizedResponseTest {

  @Test
  void a_token_for_another_audience_gets_the_exact_response_aws_documents() {
    UnauthorizedResponse response = UnauthorizedResponse.to(
        new Authorization.Refused(RefusalReason.WRONG_AUDIENCE, "aud was reports-api"));

    assertEquals(401, response.statusCode());
    assertEquals("{\"message\":\"Unauthorized\"}", response.body());
    assertEquals("Bearer scope=\"\" error=\"invalid_token\" error_description=\"the token does not have a valid audience\"",
        response.headers().get("www-authenticate"));
    assertEquals("application/json", response.headers().get("content-type"));
  }

  @Test
  void a_request_without_a_token_is_only_told_to_bring_a_bearer_token() {
    UnauthorizedResponse response = UnauthorizedResponse.to(
        new Authorization.Refused(RefusalReason.MISSING_TOKEN, "no Authorization header"));

    assertEquals("Bearer", response.headers().get("www-authenticate"));
    assertEquals(UnauthorizedResponse.BODY, response.body());
  }

  @Test
  void every_refusal_is_a_401_with_the_same_body_and_an_invalid_token_challenge_once_a_token_was_sent() {
    for (RefusalReason reason : RefusalReason.values()) {
      UnauthorizedResponse response = UnauthorizedResponse.to(new Authorization.Refused(reason, "detail"));

      assertEquals(401, response.statusCode(), reason.name());
      assertEquals("{\"message\":\"Unauthorized\"}", response.body(), reason.name());
      String challenge = response.headers().get("www-authenticate");
      assertTrue(challenge.startsWith("Bearer"), reason.name());
      assertEquals(reason != RefusalReason.MISSING_TOKEN, challenge.contains("error=\"invalid_token\""), reason.name());
    }
  }

  @Test
  void the_log_detail_stays_out_of_the_response() {
    UnauthorizedResponse response = UnauthorizedResponse.to(
        new Authorization.Refused(RefusalReason.WRONG_ISSUER, "iss is https://evil.example"));

    assertTrue(response.headers().values().stream().noneMatch(value -> value.contains("evil")));
    assertFalse(response.body().contains("evil"));
  }
}
