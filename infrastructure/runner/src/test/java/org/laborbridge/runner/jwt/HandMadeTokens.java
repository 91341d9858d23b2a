package org.laborbridge.runner.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;

/** Tokens the local issuer would never hand out (odd claims, foreign keys, edits), for the authorizer's tests. */
final class HandMadeTokens {

  private HandMadeTokens() {}

  static String signed(RSAKey key, String keyId, JWTClaimsSet claims) {
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(), claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  static String signed(RSAKey key, JWTClaimsSet claims) {
    return signed(key, key.getKeyID(), claims);
  }

  /** A token whose payload is exactly {@code payloadJson}, for JSON a claims builder would not write (such as null). */
  static String signedPayload(RSAKey key, String payloadJson) {
    JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
        new Payload(payloadJson));
    try {
      jws.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jws.serialize();
  }

  /** The token with its payload replaced by {@code payloadJson}, header and signature kept. */
  static String withPayload(String token, String payloadJson) {
    String[] parts = token.split("\\.");
    return parts[0] + "." + Base64URL.encode(payloadJson.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
  }

  static String payloadOf(String token) {
    return new Base64URL(token.split("\\.")[1]).decodeToString();
  }
}
