package org.laborbridge.jobs.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint of a request body for Idempotency-Key checks: a hash of the body as parsed, so spacing and
 * key order do not make the same request look different.
 */
@Singleton
class Fingerprints {

  private final ObjectMapper json;

  Fingerprints(ObjectMapper json) {
    this.json = json;
  }

  String of(Object body) {
    try {
      byte[] canonical = json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot fingerprint a request body", e);
    }
  }
}
