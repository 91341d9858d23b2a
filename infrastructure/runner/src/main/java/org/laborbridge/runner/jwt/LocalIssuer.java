package org.laborbridge.runner.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.laborbridge.shared.region.Region;

/**
 * The runner's own identity provider: signs in staff, employers, workers and partners on a developer's
 * machine by handing out RS256 JWTs that the local JWT authorizer accepts just as API Gateway would
 * accept the programme's real ones.
 */
public final class LocalIssuer {

  private final String issuer;
  private final String audience;
  private final Clock clock;
  private final RSAKey signingKey;
  private final RSASSASigner signer;

  /**
   * @param keyFile where the signing key is kept (a private JWK); created with a fresh 2048-bit key when missing
   * @param issuer the {@code iss} of every token, e.g. {@code http://localhost:3000/_local/issuer}
   * @param audience the {@code aud} of every token, e.g. {@code laborbridge-api}
   * @param clock the time tokens are issued at
   */
  public LocalIssuer(Path keyFile, String issuer, String audience, Clock clock) {
    this.issuer = requireText(issuer, "issuer");
    this.audience = requireText(audience, "audience");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.signingKey = SigningKeyFile.loadOrCreate(Objects.requireNonNull(keyFile, "keyFile"));
    try {
      this.signer = new RSASSASigner(signingKey);
    } catch (JOSEException e) {
      throw new IllegalStateException("the signing key in " + keyFile + " cannot sign", e);
    }
  }

  public LocalIssuer(Path keyFile, String issuer, String audience) {
    this(keyFile, issuer, audience, Clock.systemUTC());
  }

  /**
   * A signed JWT for {@code subject}, valid from now for {@code ttl}.
   *
   * @param roles each one of staff, employer, worker, partner
   * @param region the two-digit code of a programme region (51 50 52 53 54 64 35 33 32), when the person belongs to one
   * @throws IllegalArgumentException for an unknown role or region, a blank subject or a ttl under one second
   */
  public String token(String subject, Set<String> roles, Optional<String> region, Duration ttl) {
    requireText(subject, "subject");
    Objects.requireNonNull(roles, "roles");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(ttl, "ttl");
    if (ttl.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("ttl must be at least one second, was " + ttl);
    }
    region.ifPresent(LocalIssuer::requireProgrammeRegion);

    // JWT times are whole seconds; truncating keeps iat and nbf from lying after the clock's own instant.
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
        .issuer(issuer)
        .audience(audience)
        .subject(subject)
        .issueTime(Date.from(now))
        .notBeforeTime(Date.from(now))
        .expirationTime(Date.from(now.plus(ttl)))
        .jwtID(UUID.randomUUID().toString())
        .claim("roles", ProgrammeRole.claimValues(roles));
    region.ifPresent(code -> claims.claim(Region.FIELD, code));
    return sign(claims.build());
  }

  /** The public JWK set, as served at {@code /_local/.well-known/jwks.json}; never holds the private key. */
  public Map<String, Object> jwks() {
    return Collections.unmodifiableMap(publicKeys().toJSONObject(true));
  }

  /** The public keys that verify this issuer's tokens, for {@link JwtAuthorizer}. */
  public JWKSet publicKeys() {
    return new JWKSet(signingKey.toPublicJWK());
  }

  public String issuer() {
    return issuer;
  }

  public String audience() {
    return audience;
  }

  private String sign(JWTClaimsSet claims) {
    JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
        .keyID(signingKey.getKeyID())
        .type(JOSEObjectType.JWT)
        .build();
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign a token", e);
    }
    return jwt.serialize();
  }

  private static void requireProgrammeRegion(String code) {
    if (Region.find(code).isEmpty()) {
      throw new IllegalArgumentException("unknown region '" + code
          + "': regions are the two-digit codes 51 50 52 53 54 64 35 33 32");
    }
  }

  private static String requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }
}
