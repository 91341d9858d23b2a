package org.laborbridge.runner.jwt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Does locally what API Gateway's HTTP API JWT authorizer does in front of the programme's routes, step for
 * step as "Control access to HTTP APIs with JWT authorizers" describes it: take the token from the
 * identity source, bare or after {@code Bearer }; check its RSA signature with the key its {@code kid}
 * names; then {@code iss}, {@code aud} (or {@code client_id} when there is no {@code aud}), {@code exp},
 * {@code nbf} and {@code iat} against the clock, with no leeway since AWS documents none.
 */
public final class JwtAuthorizer {

  private static final String BEARER_PREFIX = "Bearer ";

  private final String issuer;
  private final List<String> audiences;
  private final JWKSet publicKeys;
  private final Clock clock;

  /**
   * @param issuer the authorizer's {@code JwtConfiguration.issuer}; a token's {@code iss} must equal it exactly
   * @param audiences the authorizer's {@code JwtConfiguration.audience} list
   * @param publicKeys what the issuer's {@code jwks_uri} serves
   */
  public JwtAuthorizer(String issuer, List<String> audiences, JWKSet publicKeys, Clock clock) {
    this.issuer = Objects.requireNonNull(issuer, "issuer");
    this.audiences = List.copyOf(audiences);
    this.publicKeys = Objects.requireNonNull(publicKeys, "publicKeys");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Decides on a request from its {@code Authorization} header value, null when the request has none. */
  public Authorization authorize(String authorizationHeader) {
    if (authorizationHeader == null || authorizationHeader.isBlank()) {
      return refuse(RefusalReason.MISSING_TOKEN, "no Authorization header");
    }
    // AWS: "The identitySource can include only the token, or the token prefixed with Bearer."
    // Matched case-sensitively as documented: a leniency AWS may not share would hide a client bug locally.
    String token = authorizationHeader.startsWith(BEARER_PREFIX)
        ? authorizationHeader.substring(BEARER_PREFIX.length())
        : authorizationHeader;
    if (token.isBlank()) {
      return refuse(RefusalReason.MISSING_TOKEN, "the Authorization header holds no token after 'Bearer '");
    }

    SignedJWT jwt;
    try {
      jwt = SignedJWT.parse(token);
    } catch (ParseException e) {
      return refuse(RefusalReason.MALFORMED, "not a signed JWT: " + e.getMessage());
    }
    Optional<Authorization.Refused> badSignature = checkSignature(jwt);
    if (badSignature.isPresent()) {
      return badSignature.get();
    }
    try {
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      Optional<Authorization.Refused> badClaim = checkClaims(claims);
      if (badClaim.isPresent()) {
        return badClaim.get();
      }
      return new Authorization.Granted(GatewayClaimText.of(jwt.getPayload().toString()), scopes(claims));
    } catch (ParseException | JsonProcessingException | IllegalArgumentException e) {
      return refuse(RefusalReason.MALFORMED, "unreadable claims: " + e.getMessage());
    }
  }

  private Optional<Authorization.Refused> checkSignature(SignedJWT jwt) {
    JWSAlgorithm algorithm = jwt.getHeader().getAlgorithm();
    if (!JWSAlgorithm.Family.RSA.contains(algorithm)) {
      // AWS: "Currently, only RSA-based algorithms are supported."
      return Optional.of(refuse(RefusalReason.BAD_SIGNATURE, "algorithm " + algorithm + " is not RSA-based"));
    }
    String keyId = jwt.getHeader().getKeyID();
    JWK key = keyId == null ? null : publicKeys.getKeyByKeyId(keyId);
    if (!(key instanceof RSAKey rsaKey)) {
      return Optional.of(refuse(RefusalReason.BAD_SIGNATURE, "no RSA key in the issuer's JWKS has kid " + keyId));
    }
    try {
      if (!jwt.verify(new RSASSAVerifier(rsaKey))) {
        return Optional.of(refuse(RefusalReason.BAD_SIGNATURE, "the signature does not match key " + keyId));
      }
    } catch (JOSEException e) {
      return Optional.of(refuse(RefusalReason.BAD_SIGNATURE, "the signature cannot be checked: " + e.getMessage()));
    }
    return Optional.empty();
  }

  private Optional<Authorization.Refused> checkClaims(JWTClaimsSet claims) throws ParseException {
    if (!issuer.equals(claims.getIssuer())) {
      return Optional.of(refuse(RefusalReason.WRONG_ISSUER, "iss is " + claims.getIssuer() + ", expected " + issuer));
    }
    if (!hasValidAudience(claims)) {
      return Optional.of(refuse(RefusalReason.WRONG_AUDIENCE, "neither aud " + claims.getAudience()
          + " nor client_id " + claims.getClaim("client_id") + " is one of " + audiences));
    }
    Instant now = clock.instant();
    Date expiry = claims.getExpirationTime();
    if (expiry == null) {
      return Optional.of(refuse(RefusalReason.MALFORMED, "the token has no exp"));
    }
    if (!expiry.toInstant().isAfter(now)) {
      return Optional.of(refuse(RefusalReason.EXPIRED, "exp " + expiry.toInstant() + " is not after " + now));
    }
    Optional<Authorization.Refused> early = inFuture("nbf", claims.getNotBeforeTime(), now);
    return early.isPresent() ? early : inFuture("iat", claims.getIssueTime(), now);
  }

  /** AWS validates client_id only when aud is absent; when both are present it evaluates aud alone. */
  private boolean hasValidAudience(JWTClaimsSet claims) throws ParseException {
    List<String> aud = claims.getAudience();
    if (!aud.isEmpty()) {
      return aud.stream().anyMatch(audiences::contains);
    }
    String clientId = claims.getStringClaim("client_id");
    return clientId != null && audiences.contains(clientId);
  }

  private static Optional<Authorization.Refused> inFuture(String claim, Date time, Instant now) {
    if (time != null && time.toInstant().isAfter(now)) {
      return Optional.of(refuse(RefusalReason.NOT_YET_VALID, claim + " " + time.toInstant() + " is after " + now));
    }
    return Optional.empty();
  }

  /** {@code scope} is OAuth's space-delimited string; {@code scp} is a list in some providers' tokens, a string in others'. */
  private static List<String> scopes(JWTClaimsSet claims) throws ParseException {
    Object scope = claims.getClaim("scope") != null ? claims.getClaim("scope") : claims.getClaim("scp");
    if (scope == null) {
      return List.of();
    }
    if (scope instanceof String text) {
      return Arrays.stream(text.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }
    if (scope instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    throw new ParseException("scope is neither text nor a list", 0);
  }

  private static Authorization.Refused refuse(RefusalReason reason, String detail) {
    return new Authorization.Refused(reason, detail);
  }
}
