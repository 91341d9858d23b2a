package org.laborbridge.runner.jwt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns a verified token's claims into the text API Gateway gives a Lambda in
 * {@code requestContext.authorizer.jwt.claims}, so functions parse locally what they will parse deployed.
 *
 * <p>API Gateway's texts are Go's default formatting of the decoded JSON: an array
 * {@code ["staff","employer"]} arrives as {@code [staff employer]} (reported with a bracketed,
 * space-separated groups claim in aws-solutions-library-samples/guidance-for-claude-code-with-amazon-bedrock
 * issue 802), an object as {@code map[key:value]} (aws/aws-lambda-go issue 570), and numbers as written
 * ({@code "exp": "1612061676"} in awsdocs/amazon-api-gateway-developer-guide issue 113). Go prints map
 * keys sorted and a JSON null as {@code <nil>}; those two follow from Go, not from an observed event.
 */
final class GatewayClaimText {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

  private GatewayClaimText() {}

  /** Every top-level claim of the payload as text; the payload must be a JSON object. */
  static Map<String, String> of(String payloadJson) throws JsonProcessingException {
    JsonNode payload = JSON.readTree(payloadJson);
    if (payload == null || !payload.isObject()) {
      throw new IllegalArgumentException("the payload is not a JSON object");
    }
    Map<String, String> claims = new LinkedHashMap<>();
    payload.fields().forEachRemaining(claim -> claims.put(claim.getKey(), text(claim.getValue())));
    return Collections.unmodifiableMap(claims);
  }

  private static String text(JsonNode value) {
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isBigDecimal() || value.isFloatingPointNumber()) {
      return value.decimalValue().toPlainString();
    }
    if (value.isArray()) {
      List<String> elements = new ArrayList<>();
      value.elements().forEachRemaining(element -> elements.add(text(element)));
      return "[" + String.join(" ", elements) + "]";
    }
    if (value.isObject()) {
      List<String> keys = new ArrayList<>();
      value.fieldNames().forEachRemaining(keys::add);
      return keys.stream().sorted()
          .map(key -> key + ":" + text(value.get(key)))
          .collect(Collectors.joining(" ", "map[", "]"));
    }
    if (value.isNull()) {
      return "<nil>";
    }
    return value.asText();
  }
}
