package org.laborbridge.platform.testing;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent.RequestContext;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Builds API Gateway (HTTP API, payload 2.0) events as the API would deliver them after its JWT authorizer. */
public final class ApiGatewayRequests {

  private final String method;
  private final String path;
  private final Map<String, String> query = new LinkedHashMap<>();
  private final Map<String, String> headers = new HashMap<>();
  private Map<String, String> claims;
  private String body;

  private ApiGatewayRequests(String method, String path) {
    this.method = method;
    this.path = path;
    headers.put("content-type", "application/json");
  }

  public static ApiGatewayRequests get(String path) {
    return new ApiGatewayRequests("GET", path);
  }

  public static ApiGatewayRequests post(String path, String body) {
    return new ApiGatewayRequests("POST", path).body(body);
  }

  public static ApiGatewayRequests put(String path, String body) {
    return new ApiGatewayRequests("PUT", path).body(body);
  }

  public static ApiGatewayRequests patch(String path, String body) {
    return new ApiGatewayRequests("PATCH", path).body(body);
  }

  public ApiGatewayRequests body(String text) {
    this.body = text;
    return this;
  }

  public ApiGatewayRequests query(String name, String value) {
    query.put(name, value);
    return this;
  }

  public ApiGatewayRequests header(String name, String value) {
    headers.put(name.toLowerCase(), value);
    return this;
  }

  /** Claims as the JWT authorizer passes them on (API Gateway flattens the roles array to "[a b]"). */
  public ApiGatewayRequests as(String subject, String roles, String region) {
    claims = new HashMap<>();
    claims.put("sub", subject);
    claims.put("roles", "[" + roles + "]");
    if (region != null) {
      claims.put("region", region);
    }
    return this;
  }

  public ApiGatewayRequests asStaff(String region) {
    return as("staff-" + region, "staff", region);
  }

  public ApiGatewayRequests asEmployer(String subject) {
    return as(subject, "employer", null);
  }

  public ApiGatewayRequests asWorker(String subject) {
    return as(subject, "worker", null);
  }

  public APIGatewayV2HTTPEvent event() {
    RequestContext.Authorizer authorizer = claims == null ? null : RequestContext.Authorizer.builder()
        .withJwt(RequestContext.Authorizer.JWT.builder().withClaims(claims).build()).build();
    String rawQuery = String.join("&", query.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    return APIGatewayV2HTTPEvent.builder()
        .withVersion("2.0")
        .withRouteKey(method + " " + path)
        .withRawPath(path)
        .withRawQueryString(rawQuery)
        .withQueryStringParameters(query.isEmpty() ? null : query)
        .withHeaders(headers)
        .withBody(body)
        .withIsBase64Encoded(false)
        .withRequestContext(RequestContext.builder()
            .withRequestId(UUID.randomUUID().toString())
            .withAuthorizer(authorizer)
            .withHttp(RequestContext.Http.builder().withMethod(method).withPath(path).withSourceIp("127.0.0.1").build())
            .build())
        .build();
  }
}
