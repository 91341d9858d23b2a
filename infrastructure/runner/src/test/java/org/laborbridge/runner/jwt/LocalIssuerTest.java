package org.laborbridge.runner.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laborbridge.shared.time.SettableClock;

class LocalIssuerTest {

  private static final String ISSUER = "http://localhost:3000/_local/issuer";
  private static final String AUDIENCE = "laborbridge-api";
  private static final Instant NOW = Instant.parse("2026-03-02T01:30:00Z");

  @TempDir Path directory;

  /** For tests that are not about the key file: one generated key serves them all, as a 2048-bit key is slow to make. */
  @TempDir static Path sharedKeys;

  private final SettableClock clock = new SettableClock(NOW);

  private LocalIssuer issuerWithKeyAt(Path keyFile) {
    return new LocalIssuer(keyFile, ISSUER, AUDIENCE, clock);
  }

  private JwtAuthorizer authorizerFor(LocalIssuer issuer) {
    return new JwtAuthorizer(ISSUER, List.of(AUDIENCE), issuer.publicKeys(), clock);
  }

  @Test
  void a_missing_key_file_is_created_with_its_folders_and_readable_by_its_owner_only() throws Exception {
    Path keyFile = directory.resolve("runner/.local/issuer-key.json");

    issuerWithKeyAt(keyFile);

    assertTrue(Files.isRegularFile(keyFile));
    if (Files.getFileStore(keyFile).supportsFileAttributeView("posix")) {
      assertEquals(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
          Files.getPosixFilePermissions(keyFile));
    }
    JsonNode jwk = new ObjectMapper().readTree(Files.readString(keyFile));
    assertEquals("RSA", jwk.get("kty").asText());
    assertTrue(jwk.has("d"), "the file keeps the private key");
    try (var leftovers = Files.list(keyFile.getParent())) {
      assertEquals(List.of(keyFile), leftovers.toList(), "no temporary file is left behind");
    }
  }

  @Test
  void a_token_from_one_issuer_verifies_with_a_second_issuer_on_the_same_key_file() {
    Path keyFile = directory.resolve("issuer-key.json");
    String token = issuerWithKeyAt(keyFile).token("staff-1", Set.of("staff"), Optional.of("51"), Duration.ofHours(1));

    LocalIssuer afterRestart = issuerWithKeyAt(keyFile);

    assertInstanceOf(Authorization.Granted.class, authorizerFor(afterRestart).authorize("Bearer " + token));
  }

  @Test
  void issuers_on_different_key_files_sign_with_different_keys() {
    LocalIssuer one = issuerWithKeyAt(directory.resolve("one.json"));
    LocalIssuer other = issuerWithKeyAt(directory.resolve("other.json"));

    assertNotEquals(one.jwks(), other.jwks());
  }

  @Test
  void a_corrupt_key_file_is_refused_naming_the_file_and_the_fix() throws Exception {
    Path keyFile = directory.resolve("issuer-key.json");
    Files.writeString(keyFile, "{\"kty\":\"RSA\",");

    IllegalStateException refused = assertThrows(IllegalStateException.class, () -> issuerWithKeyAt(keyFile));

    assertTrue(refused.getMessage().contains(keyFile.toString()), refused.getMessage());
    assertTrue(refused.getMessage().contains("Delete it"), refused.getMessage());
  }

  @Test
  void a_key_file_holding_only_a_public_key_is_refused_as_unusable() throws Exception {
    Path keyFile = directory.resolve("issuer-key.json");
    LocalIssuer original = issuerWithKeyAt(directory.resolve("original.json"));
    Files.writeString(keyFile, new ObjectMapper().writeValueAsString(original.publicKeys().getKeys().get(0).toJSONObject()));

    IllegalStateException refused = assertThrows(IllegalStateException.class, () -> issuerWithKeyAt(keyFile));

    assertTrue(refused.getMessage().contains("no RSA private key"), refused.getMessage());
  }

  @Test
  void a_token_carries_the_programme_claims_with_roles_as_a_json_array() throws Exception {
    LocalIssuer issuer = issuerWithKeyAt(sharedKeys.resolve("issuer-key.json"));
    Set<String> employerFirst = new LinkedHashSet<>(List.of("employer", "staff"));

    String token = issuer.token("staff-1", employerFirst, Optional.of("51"), Duration.ofMinutes(15));

    JsonNode claims = new ObjectMapper().readTree(HandMadeTokens.payloadOf(token));
    assertEquals(ISSUER, claims.get("iss").asText());
    assertEquals(AUDIENCE, claims.get("aud").asText());
    assertEquals("staff-1", claims.get("sub").asText());
    assertEquals(NOW.getEpochSecond(), claims.get("iat").asLong());
    assertEquals(NOW.getEpochSecond(), claims.get("nbf").asLong());
    assertEquals(NOW.plus(Duration.ofMinutes(15)).getEpochSecond(), claims.get("exp").asLong());
    assertFalse(claims.get("jti").asText().isBlank());
    assertTrue(claims.get("roles").isArray());
    assertEquals("[\"staff\",\"employer\"]", claims.get("roles").toString(), "roles come in the programme's order");
    assertEquals("51", claims.get("region").asText());
  }

  @Test
  void a_token_names_its_signing_key_so_the_authorizer_can_pick_it_from_the_jwks() throws Exception {
    LocalIssuer issuer = issuerWithKeyAt(sharedKeys.resolve("issuer-key.json"));

    SignedJWT token = SignedJWT.parse(issuer.token("w-1", Set.of("worker"), Optional.empty(), Duration.ofMinutes(5)));

    assertEquals("RS256", token.getHeader().getAlgorithm().getName());
    assertEquals(issuer.publicKeys().getKeys().get(0).getKeyID(), token.getHeader().getKeyID());
  }

  @Test
  void a_token_without_a_region_has_no_region_claim() throws Exception {
    LocalIssuer issuer = issuerWithKeyAt(sharedKeys.resolve("issuer-key.json"));

    String token = issuer.token("worker-9", Set.of("worker"), Optional.empty(), Duration.ofMinutes(5));

    assertFalse(new ObjectMapper().readTree(HandMadeTokens.payloadOf(token)).has("region"));
  }

  @Test
  void two_tokens_for_the_same_person_have_different_ids() throws Exception {
    LocalIssuer issuer = issuerWithKeyAt(sharedKeys.resolve("issuer-key.json"));
    ObjectMapper json = new ObjectMapper();

    String first = issuer.token("w-1", Set.of("worker"), Optional.empty(), Duration.ofMinutes(5));
    String second = issuer.token("w-1", Set.of("worker"), Optional.empty(), Duration.ofMinutes(5));

    assertNotEquals(json.readTree(HandMadeTokens.payloadOf(first)).get("jti"),
        json.readTree(HandMadeTokens.payloadOf(second)).get("jti"));
  }

  @Test
  void roles_outside_the_programme_are_refused() {
    LocalIssuer issuer = issuerWithKeyAt(sharedKeys.resolve("issuer-key.json"));

    for (String role : List.of("admin", "Staff", "", "staff ")) {
      IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
          () -> issuer.token("x", Set.of("worker", role), Optional.empty(), Duration.ofMinutes(5)), role);
      assertTrue(refused.getMessage().contains("staff, employer, worker, partner"), refused.getMessage());
    }
  }

  @Test
  void regions_outside_the_nine_programme_regions_are_refused() {
    LocalIssuer issuer = issuerWithKeyAt(sharedKeys.resolve("issuer-key.json"));

    for (String region : List.of("11", "510000", "5", "", "sichuan")) {
      assertThrows(IllegalArgumentException.class,
          () -> issuer.token("x", Set.of("staff"), Optional.of(region), Duration.ofMinutes(5)), region);
    }
  }

  @Test
  void each_of_the_nine_programme_regions_is_accepted() {
    LocalIssuer issuer = issuerWithKeyAt(sharedKeys.resolve("issuer-key.json"));
    JwtAuthorizer authorizer = authorizerFor(issuer);

    for (String region : List.of("51", "50", "52", "53", "54", "64", "35", "33", "32")) {
      String token = issuer.token("staff-" + region, Set.of("staff"), Optional.of(region), Duration.ofMinutes(5));
      Authorization.Granted granted = assertInstanceOf(Authorization.Granted.class, authorizer.authorize(token));
      assertEquals(region, granted.claims().get("region"));
    }
  }

  @Test
  void a_lifetime_under_one_second_is_refused() {
    LocalIssuer issuer = issuerWithKeyAt(sharedKeys.resolve("issuer-key.json"));

    assertThrows(IllegalArgumentException.class,
        () -> issuer.token("x", Set.of("staff"), Optional.empty(), Duration.ofMillis(999)));
    assertThrows(IllegalArgumentException.class,
        () -> issuer.token("x", Set.of("staff"), Optional.empty(), Duration.ofMinutes(-5)));
  }

  @Test
  void the_published_key_set_holds_the_public_key_and_nothing_private() {
    LocalIssuer issuer = issuerWithKeyAt(sharedKeys.resolve("issuer-key.json"));

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> keys = (List<Map<String, Object>>) issuer.jwks().get("keys");

    assertEquals(1, keys.size());
    Map<String, Object> key = keys.get(0);
    assertEquals("RSA", key.get("kty"));
    assertEquals("sig", key.get("use"));
    assertEquals("RS256", key.get("alg"));
    assertTrue(key.containsKey("kid") && key.containsKey("n") && key.containsKey("e"));
    for (String privatePart : List.of("d", "p", "q", "dp", "dq", "qi")) {
      assertFalse(key.containsKey(privatePart), privatePart);
    }
  }
}
