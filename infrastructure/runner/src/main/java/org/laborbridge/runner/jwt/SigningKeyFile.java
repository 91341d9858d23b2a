package org.laborbridge.runner.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;

/**
 * The local issuer's RSA signing key, kept as one private JWK in a file so that tokens handed out
 * before a runner restart still verify after it.
 */
final class SigningKeyFile {

  /** RS256 keys shorter than this are refused by the signer, so a smaller stored key is as good as corrupt. */
  static final int KEY_BITS = 2048;

  private SigningKeyFile() {}

  /** The key stored at {@code file}, or a fresh one written there first when the file does not exist. */
  static RSAKey loadOrCreate(Path file) {
    if (Files.exists(file)) {
      return read(file);
    }
    RSAKey fresh = generate();
    return writeUnlessPresent(file, fresh) ? fresh : read(file);
  }

  private static RSAKey read(Path file) {
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the local issuer's signing key file " + file, e);
    }
    try {
      JWK jwk = JWK.parse(json);
      if (!(jwk instanceof RSAKey rsa) || !rsa.isPrivate()) {
        throw corrupt(file, "it holds no RSA private key", null);
      }
      if (rsa.getKeyID() == null) {
        // API Gateway picks the verifying key by the token's kid, so a key without one signs tokens nobody accepts.
        throw corrupt(file, "its key has no kid", null);
      }
      if (rsa.size() < KEY_BITS) {
        throw corrupt(file, "its key has " + rsa.size() + " bits, fewer than " + KEY_BITS, null);
      }
      return rsa;
    } catch (ParseException e) {
      throw corrupt(file, "it is not a JWK (" + e.getMessage() + ")", e);
    }
  }

  private static IllegalStateException corrupt(Path file, String why, Exception cause) {
    return new IllegalStateException("The local issuer's signing key file " + file + " is unusable: " + why
        + ". Delete it and the runner creates a fresh key (tokens signed with the old key stop verifying).", cause);
  }

  private static RSAKey generate() {
    try {
      RSAKey key = new RSAKeyGenerator(KEY_BITS)
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.RS256)
          .generate();
      // A thumbprint kid names the key by its content: a token from any other key never matches it by accident.
      return new RSAKey.Builder(key).keyIDFromThumbprint().build();
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot generate an RSA signing key", e);
    }
  }

  /**
   * Writes into a temporary file first, owner-only from birth, and renames it into place, so the private
   * key is never readable by others nor half-written; false when another runner got there first.
   */
  private static boolean writeUnlessPresent(Path file, RSAKey key) {
    Path directory = file.toAbsolutePath().getParent();
    try {
      Files.createDirectories(directory);
      Path temporary = Files.createTempFile(directory, ".signing-key", ".tmp", ownerOnly(directory));
      try {
        Files.writeString(temporary, key.toJSONString(), StandardCharsets.UTF_8);
        Files.move(temporary, file);
        return true;
      } catch (FileAlreadyExistsException raced) {
        return false;
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the local issuer's signing key file " + file, e);
    }
  }

  private static FileAttribute<?>[] ownerOnly(Path directory) {
    boolean posix = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
    return posix
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
        : new FileAttribute<?>[0];
  }
}
