package org.laborbridge.runner.jwt;

import java.util.Map;

/**
 * The 401 API Gateway answers when its JWT authorizer refuses a request, so local clients meet the same
 * status, body and {@code www-authenticate} header as deployed ones.
 *
 * <p>Shape from AWS's "Troubleshooting issues with HTTP API JWT authorizers" page:
 * {@code www-authenticate: Bearer scope="" error="invalid_token" error_description="the token does not have a valid audience"}
 * and body {@code {"message":"Unauthorized"}}.
 */
public record UnauthorizedResponse(int statusCode, Map<String, String> headers, String body) {

  public static final int STATUS_CODE = 401;
  public static final String BODY = "{\"message\":\"Unauthorized\"}";

  public UnauthorizedResponse {
    headers = Map.copyOf(headers);
  }

  public static UnauthorizedResponse to(Authorization.Refused refused) {
    return new UnauthorizedResponse(STATUS_CODE,
        Map.of("content-type", "application/json", "www-authenticate", wwwAuthenticate(refused.reason())),
        BODY);
  }

  static String wwwAuthenticate(RefusalReason reason) {
    String description = reason.errorDescription();
    if (description == null) {
      return "Bearer";
    }
    return "Bearer scope=\"\" error=\"invalid_token\" error_description=\"" + description + "\"";
  }
}
