package org.laborbridge.push.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent.RequestContext;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Builds API Gateway (HTTP API, payload 2.0) events as the API would deliver them after its JWT authorizer. */
final class Requests {

  private final String method;
  private final String path;
  private final Map<String, String> query = new LinkedHashMap<>();
  private final Map<String, String> headers = new HashMap<>();
  private Map<String, String> claims;
  private String body;

  private Requests(String method, String path) {
    this.method = method;
    this.path = path;
    headers.put("content-type", "application/json");
  }

  static Requests get(String path) {
    return new Requests("GET", path);
  }

  static Requests post(String path, String body) {
    return new Requests("POST", path).body(body);
  }

  static Requests put(String path, String body) {
    return new Requests("PUT", path).body(body);
  }

  static Requests patch(String path, String body) {
    return new Requests("PATCH", path).body(body);
  }

  Requests body(String text) {
    this.body = text;
    return this;
  }

  Requests query(String name, String value) {
    query.put(name, value);
    return this;
  }

  Requests header(String name, String value) {
    headers.put(name.toLowerCase(), value);
    return this;
  }

  /** Claims as the JWT authorizer passes them on (API Gateway flattens the roles array to "[a b]"). */
  Requests as(String subject, String roles, String region) {
    claims = new HashMap<>();
    claims.put("sub", subject);
    claims.put("roles", "[" + roles + "]");
    if (region != null) {
      claims.put("region", region);
    }
    return this;
  }

  Requests asStaff(String region) {
    return as("staff-" + region, "staff", region);
  }

  Requests asEmployer(String subject) {
    return as(subject, "employer", null);
  }

  Requests asWorker(String subject) {
    return as(subject, "worker", null);
  }

  APIGatewayV2HTTPEvent event() {
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
