package org.laborbridge.shared.problem;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;

/** Turns the domain's refusals into the problem bodies every function returns. */
public final class Problems {

  public static final String MEDIA_TYPE = "application/problem+json";

  public static final String INVALID_VALUE = "https://laborbridge.org/problems/invalid-value";
  public static final String NOT_FOUND = "https://laborbridge.org/problems/not-found";
  public static final String CONFLICT = "https://laborbridge.org/problems/conflict";
  public static final String REJECTED = "https://laborbridge.org/problems/rejected";
  public static final String FORBIDDEN = "https://laborbridge.org/problems/forbidden";
  public static final String UNAUTHENTICATED = "https://laborbridge.org/problems/unauthenticated";
  public static final String INTERNAL_ERROR = "https://laborbridge.org/problems/internal-error";

  // No 0/O or 1/I/L: people read references aloud to support staff.
  private static final char[] REF_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
  private static final int REF_LENGTH = 10;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Problems() {}

  public static Problem of(DomainException exception) {
    // Pattern matching on switch is a preview in Java 17, hence the chain.
    if (exception instanceof InvalidValue invalid) {
      return problem(INVALID_VALUE, "Invalid value", 400, invalid, invalid.errors());
    }
    if (exception instanceof NotFound notFound) {
      return problem(NOT_FOUND, "Not found", 404, notFound, List.of());
    }
    if (exception instanceof Conflict conflict) {
      return problem(CONFLICT, "Conflict", 409, conflict, List.of());
    }
    if (exception instanceof Rejected rejected) {
      return problem(REJECTED, "Rejected", 422, rejected, List.of());
    }
    if (exception instanceof Forbidden forbidden) {
      return problem(FORBIDDEN, "Forbidden", 403, forbidden, List.of());
    }
    if (exception instanceof Unauthenticated unauthenticated) {
      return problem(UNAUTHENTICATED, "Unauthenticated", 401, unauthenticated, List.of());
    }
    throw new IllegalStateException("unknown domain exception " + exception.getClass());
  }

  /** For a fault of ours: says nothing about the cause, only the reference to quote. */
  public static Problem unexpected() {
    return new Problem(INTERNAL_ERROR, "Internal error", 500,
        "Something went wrong on our side; quote the error reference.",
        null, List.of(), newErrorRef(), Map.of());
  }

  /** Short enough to read over the phone, random enough not to collide within a day's logs. */
  public static String newErrorRef() {
    char[] ref = new char[REF_LENGTH];
    for (int i = 0; i < ref.length; i++) {
      ref[i] = REF_ALPHABET[RANDOM.nextInt(REF_ALPHABET.length)];
    }
    return new String(ref);
  }

  private static Problem problem(
      String type, String title, int status, DomainException exception, List<FieldError> errors) {
    return new Problem(type, title, status, exception.getMessage(), null, errors, newErrorRef(),
        exception.details());
  }
}
