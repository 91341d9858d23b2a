package org.laborbridge.runner.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laborbridge.shared.time.SettableClock;

class JwtAuthorizerTest {

  private static final String ISSUER = "http://localhost:3000/_local/issuer";
  private static final String AUDIENCE = "laborbridge-api";
  private static final Instant NOW = Instant.parse("2026-03-02T01:30:00Z");
  private static final Duration QUARTER_HOUR = Duration.ofMinutes(15);

  /** Shared by the class: a 2048-bit key takes a while to generate, and loading one from its file is what a restart does anyway. */
  @TempDir static Path keys;

  private final SettableClock clock = new SettableClock(NOW);
  private Path keyFile;
  private LocalIssuer issuer;
  private JwtAuthorizer authorizer;

  @BeforeEach
  void startTheLocalIssuer() {
    keyFile = keys.resolve("issuer-key.json");
    issuer = new LocalIssuer(keyFile, ISSUER, AUDIENCE, clock);
    authorizer = new JwtAuthorizer(ISSUER, List.of(AUDIENCE), issuer.publicKeys(), clock);
  }

  private String staffOfSichuan() {
    return issuer.token("staff-1", Set.of("staff", "employer"), Optional.of("51"), QUARTER_HOUR);
  }

  private RefusalReason reasonFor(String authorizationHeader) {
    return assertInstanceOf(Authorization.Refused.class, authorizer.authorize(authorizationHeader)).reason();
  }

  private Authorization.Granted granted(String authorizationHeader) {
    return assertInstanceOf(Authorization.Granted.class, authorizer.authorize(authorizationHeader));
  }

  /** Claims every good token needs, for tokens made by hand with the issuer's own key. */
  private JWTClaimsSet.Builder validClaims() {
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .audience(AUDIENCE)
        .subject("hand-made")
        .issueTime(Date.from(NOW))
        .expirationTime(Date.from(NOW.plus(QUARTER_HOUR)));
  }

  private String signedWithTheIssuersKey(JWTClaimsSet claims) {
    return HandMadeTokens.signed(SigningKeyFile.loadOrCreate(keyFile), claims);
  }

  @Test
  void a_local_issuer_token_is_granted_with_its_claims_flattened_as_api_gateway_does() {
    Authorization.Granted granted = granted("Bearer " + staffOfSichuan());

    Map<String, String> claims = granted.claims();
    assertEquals("staff-1", claims.get("sub"));
    assertEquals("[staff employer]", claims.get("roles"));
    assertEquals("51", claims.get("region"));
    assertEquals(String.valueOf(NOW.plus(QUARTER_HOUR).getEpochSecond()), claims.get("exp"));
    assertEquals(String.valueOf(NOW.getEpochSecond()), claims.get("iat"));
    assertEquals(ISSUER, claims.get("iss"));
    assertEquals(AUDIENCE, claims.get("aud"));
    assertTrue(claims.containsKey("jti") && claims.containsKey("nbf"));
    assertEquals(List.of(), granted.scopes());
  }

  @Test
  void the_token_alone_without_the_bearer_prefix_is_granted_too() {
    assertEquals("staff-1", granted(staffOfSichuan()).claims().get("sub"));
  }

  @Test
  void a_request_without_an_authorization_header_is_refused_as_missing_its_token() {
    assertEquals(RefusalReason.MISSING_TOKEN, reasonFor(null));
    assertEquals(RefusalReason.MISSING_TOKEN, reasonFor(""));
    assertEquals(RefusalReason.MISSING_TOKEN, reasonFor("Bearer "));
  }

  @Test
  void basic_credentials_are_refused_as_malformed() {
    assertEquals(RefusalReason.MALFORMED, reasonFor("Basic c3RhZmYtMTpwYXNzd29yZA=="));
  }

  @Test
  void garbage_is_refused_as_malformed() {
    for (String garbage : List.of("Bearer garbage", "Bearer a.b.c", "Bearer ...", "{}", "Bearer eyJhbGciOiJSUzI1NiJ9")) {
      assertEquals(RefusalReason.MALFORMED, reasonFor(garbage), garbage);
    }
  }

  @Test
  void a_lower_case_bearer_prefix_is_not_stripped_because_aws_documents_only_bearer() {
    assertEquals(RefusalReason.MALFORMED, reasonFor("bearer " + staffOfSichuan()));
  }

  @Test
  void a_token_from_another_issuers_key_is_refused_for_its_signature() {
    LocalIssuer impostor = new LocalIssuer(keys.resolve("impostor-key.json"), ISSUER, AUDIENCE, clock);

    String forged = impostor.token("staff-1", Set.of("staff"), Optional.of("51"), QUARTER_HOUR);

    assertEquals(RefusalReason.BAD_SIGNATURE, reasonFor("Bearer " + forged));
  }

  @Test
  void a_token_signed_by_another_key_under_the_issuers_key_id_is_refused_for_its_signature() {
    RSAKey otherKey = SigningKeyFile.loadOrCreate(keys.resolve("other-key.json"));
    String ourKeyId = issuer.publicKeys().getKeys().get(0).getKeyID();

    String forged = HandMadeTokens.signed(otherKey, ourKeyId, validClaims().build());

    assertEquals(RefusalReason.BAD_SIGNATURE, reasonFor("Bearer " + forged));
  }

  @Test
  void a_token_whose_payload_was_edited_is_refused_for_its_signature() {
    String token = issuer.token("worker-7", Set.of("worker"), Optional.empty(), QUARTER_HOUR);
    String promoted = HandMadeTokens.payloadOf(token).replace("[\"worker\"]", "[\"staff\"]");

    assertEquals(RefusalReason.BAD_SIGNATURE, reasonFor("Bearer " + HandMadeTokens.withPayload(token, promoted)));
  }

  @Test
  void a_token_without_a_key_id_is_refused_for_its_signature() throws Exception {
    SignedJWT unnamed = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), validClaims().build());
    unnamed.sign(new RSASSASigner(SigningKeyFile.loadOrCreate(keyFile)));

    assertEquals(RefusalReason.BAD_SIGNATURE, reasonFor("Bearer " + unnamed.serialize()));
  }

  @Test
  void a_token_signed_with_a_shared_secret_is_refused_because_only_rsa_is_supported() throws JOSEException {
    SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), validClaims().build());
    hmac.sign(new MACSigner(new byte[32]));

    assertEquals(RefusalReason.BAD_SIGNATURE, reasonFor("Bearer " + hmac.serialize()));
  }

  @Test
  void an_unsigned_token_is_refused_as_malformed() {
    String unsigned = new PlainJWT(new PlainHeader(), validClaims().build()).serialize();

    assertEquals(RefusalReason.MALFORMED, reasonFor("Bearer " + unsigned));
  }

  @Test
  void a_token_from_another_issuer_is_refused_for_its_issuer() {
    LocalIssuer elsewhere = new LocalIssuer(keyFile, "https://auth.laborbridge.example/", AUDIENCE, clock);

    String token = elsewhere.token("staff-1", Set.of("staff"), Optional.empty(), QUARTER_HOUR);

    assertEquals(RefusalReason.WRONG_ISSUER, reasonFor("Bearer " + token));
  }

  @Test
  void an_issuer_differing_only_by_a_trailing_slash_is_refused() {
    LocalIssuer slashed = new LocalIssuer(keyFile, ISSUER + "/", AUDIENCE, clock);

    String token = slashed.token("staff-1", Set.of("staff"), Optional.empty(), QUARTER_HOUR);

    assertEquals(RefusalReason.WRONG_ISSUER, reasonFor("Bearer " + token));
  }

  @Test
  void a_token_for_another_audience_is_refused_for_its_audience() {
    LocalIssuer otherApi = new LocalIssuer(keyFile, ISSUER, "reports-api", clock);

    String token = otherApi.token("staff-1", Set.of("staff"), Optional.empty(), QUARTER_HOUR);

    assertEquals(RefusalReason.WRONG_AUDIENCE, reasonFor("Bearer " + token));
  }

  @Test
  void an_audience_list_that_includes_the_api_is_granted() {
    String token = signedWithTheIssuersKey(validClaims().audience(List.of("reports-api", AUDIENCE)).build());

    assertEquals("[reports-api laborbridge-api]", granted("Bearer " + token).claims().get("aud"));
  }

  @Test
  void a_token_without_aud_is_granted_when_its_client_id_is_the_audience() {
    String token = signedWithTheIssuersKey(validClaims().audience((String) null).claim("client_id", AUDIENCE).build());

    assertEquals(AUDIENCE, granted("Bearer " + token).claims().get("client_id"));
  }

  @Test
  void client_id_is_not_consulted_when_aud_is_present() {
    String token = signedWithTheIssuersKey(validClaims().audience("reports-api").claim("client_id", AUDIENCE).build());

    assertEquals(RefusalReason.WRONG_AUDIENCE, reasonFor("Bearer " + token));
  }

  @Test
  void a_token_with_neither_aud_nor_client_id_is_refused_for_its_audience() {
    String token = signedWithTheIssuersKey(validClaims().audience((String) null).build());

    assertEquals(RefusalReason.WRONG_AUDIENCE, reasonFor("Bearer " + token));
  }

  @Test
  void a_token_is_granted_up_to_the_last_second_before_it_expires() {
    String token = staffOfSichuan();

    clock.advance(QUARTER_HOUR.minusSeconds(1));

    granted("Bearer " + token);
  }

  @Test
  void a_token_is_refused_as_expired_from_the_second_of_its_exp() {
    String token = staffOfSichuan();

    clock.advance(QUARTER_HOUR);
    assertEquals(RefusalReason.EXPIRED, reasonFor("Bearer " + token));

    clock.advance(Duration.ofDays(1));
    assertEquals(RefusalReason.EXPIRED, reasonFor("Bearer " + token));
  }

  @Test
  void a_token_without_exp_is_refused_as_malformed() {
    String token = signedWithTheIssuersKey(validClaims().expirationTime(null).build());

    assertEquals(RefusalReason.MALFORMED, reasonFor("Bearer " + token));
  }

  @Test
  void a_token_issued_by_a_clock_ahead_of_the_gateway_is_not_yet_valid() {
    SettableClock fastClock = new SettableClock(NOW.plusSeconds(30));
    LocalIssuer ahead = new LocalIssuer(keyFile, ISSUER, AUDIENCE, fastClock);

    String token = ahead.token("staff-1", Set.of("staff"), Optional.empty(), QUARTER_HOUR);

    assertEquals(RefusalReason.NOT_YET_VALID, reasonFor("Bearer " + token));
    clock.advance(Duration.ofSeconds(30));
    granted("Bearer " + token);
  }

  @Test
  void a_token_issued_in_the_future_is_not_yet_valid_even_without_nbf() {
    String token = signedWithTheIssuersKey(validClaims().issueTime(Date.from(NOW.plusSeconds(60))).build());

    assertEquals(RefusalReason.NOT_YET_VALID, reasonFor("Bearer " + token));
  }

  @Test
  void scopes_come_from_a_space_delimited_scope_claim() {
    String token = signedWithTheIssuersKey(validClaims().claim("scope", "jobs.read  jobs.write").build());

    Authorization.Granted granted = granted("Bearer " + token);

    assertEquals(List.of("jobs.read", "jobs.write"), granted.scopes());
    assertEquals("jobs.read  jobs.write", granted.claims().get("scope"));
    assertEquals(List.of("jobs.read", "jobs.write"), granted.requestContextJwt().get("scopes"));
  }

  @Test
  void scopes_come_from_an_scp_list_when_there_is_no_scope_claim() {
    String token = signedWithTheIssuersKey(validClaims().claim("scp", List.of("fairs.read", "fairs.write")).build());

    Authorization.Granted granted = granted("Bearer " + token);

    assertEquals(List.of("fairs.read", "fairs.write"), granted.scopes());
    assertEquals("[fairs.read fairs.write]", granted.claims().get("scp"));
  }

  @Test
  void the_request_context_carries_null_scopes_when_the_token_has_none() {
    Map<String, Object> jwt = granted("Bearer " + staffOfSichuan()).requestContextJwt();

    assertTrue(jwt.containsKey("scopes"));
    assertNull(jwt.get("scopes"));
    assertEquals("[staff employer]", ((Map<?, ?>) jwt.get("claims")).get("roles"));
  }

  @Test
  void claims_of_every_json_type_are_flattened_the_way_go_prints_them() {
    String token = signedWithTheIssuersKey(validClaims()
        .claim("email_verified", true)
        .claim("ratio", new BigDecimal("1.50"))
        .claim("big", 12345678901234L)
        .claim("nested", List.of(List.of("a", "b"), "c"))
        .claim("profile", Map.of("zone", "51", "age", 30))
        .claim("empty", List.of())
        .build());

    Map<String, String> claims = granted("Bearer " + token).claims();

    assertEquals("true", claims.get("email_verified"));
    assertEquals("1.50", claims.get("ratio"));
    assertEquals("12345678901234", claims.get("big"));
    assertEquals("[[a b] c]", claims.get("nested"));
    assertEquals("map[age:30 zone:51]", claims.get("profile"));
    assertEquals("[]", claims.get("empty"));
  }

  @Test
  void a_null_claim_is_flattened_to_the_text_go_prints_for_nil() {
    String payload = "{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"exp\":"
        + NOW.plus(QUARTER_HOUR).getEpochSecond() + ",\"middle_name\":null}";

    String token = HandMadeTokens.signedPayload(SigningKeyFile.loadOrCreate(keyFile), payload);

    assertEquals("<nil>", granted("Bearer " + token).claims().get("middle_name"));
  }

  @Test
  void a_refusal_says_what_failed_without_repeating_the_token() {
    String token = staffOfSichuan();
    clock.advance(Duration.ofHours(1));

    Authorization.Refused refused = assertInstanceOf(Authorization.Refused.class, authorizer.authorize("Bearer " + token));

    assertTrue(refused.detail().contains("exp"), refused.detail());
    assertFalse(refused.detail().contains(token.split("\\.")[2]), refused.detail());
  }
}
