package org.laborbridge.runner.jwt;

/**
 * Why the JWT authorizer turned a request away, with the {@code error_description} the 401's
 * {@code www-authenticate} header carries.
 *
 * <p>Only the audience wording is published by AWS (the troubleshooting page for HTTP API JWT
 * authorizers shows {@code the token does not have a valid audience}); the others are written in the
 * same style so a developer reading the header sees what went wrong, not a claim of AWS's exact text.
 */
public enum RefusalReason {
  MISSING_TOKEN(null),
  MALFORMED("the token is malformed"),
  BAD_SIGNATURE("the token does not have a valid signature"),
  WRONG_ISSUER("the token does not have a valid issuer"),
  WRONG_AUDIENCE("the token does not have a valid audience"),
  EXPIRED("the token has expired"),
  NOT_YET_VALID("the token is not valid yet");

  private final String errorDescription;

  RefusalReason(String errorDescription) {
    this.errorDescription = errorDescription;
  }

  /** Null when there was no token at all: RFC 6750 section 3.1 sends no error code then. */
  String errorDescription() {
    return errorDescription;
  }
}
