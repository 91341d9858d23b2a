package org.laborbridge.runner.jwt;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What the JWT authorizer decided about one request: let it through with its claims, or refuse it and say why. */
public sealed interface Authorization {

  /**
   * The token verified.
   *
   * @param claims every claim as text, the way API Gateway hands them to a Lambda in
   *     {@code requestContext.authorizer.jwt.claims} (arrays as {@code [a b]}, numbers as decimal text)
   * @param scopes from the token's {@code scope} (space-delimited) or {@code scp} claim; empty when it has neither
   */
  record Granted(Map<String, String> claims, List<String> scopes) implements Authorization {
    public Granted {
      claims = Map.copyOf(claims);
      scopes = List.copyOf(scopes);
    }

    /**
     * The {@code requestContext.authorizer.jwt} object of a payload 2.0 event: {@code claims}, and
     * {@code scopes}, which API Gateway sends as null when the token has none.
     */
    public Map<String, Object> requestContextJwt() {
      Map<String, Object> jwt = new LinkedHashMap<>();
      jwt.put("claims", claims);
      jwt.put("scopes", scopes.isEmpty() ? null : scopes);
      return Collections.unmodifiableMap(jwt);
    }
  }

  /**
   * The request gets API Gateway's 401 (see {@link UnauthorizedResponse}).
   *
   * @param detail for the runner's log: which check failed and on what; never the token itself
   */
  record Refused(RefusalReason reason, String detail) implements Authorization {
    public Refused {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(detail, "detail");
    }
  }
}
