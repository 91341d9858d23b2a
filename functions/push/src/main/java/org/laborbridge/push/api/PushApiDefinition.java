package org.laborbridge.push.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The title and security of the push API's OpenAPI document (docs/api/push.yml), generated from the controllers. */
@OpenAPIDefinition(
    info = @Info(title = "LaborBridge push", version = "1",
        description = "Workers' inboxes of pushed jobs, whom a job reached, and the channel endpoints (regional SMS, "
            + "app and WeChat gateways, and regions' back-office systems, channel SYSTEM) that receive pushes and "
            + "notices as Standard Webhooks 1.0 signed with their own secret. "
            + "Errors are RFC 9457 application/problem+json. See docs/push.md."),
    security = @SecurityRequirement(name = "programmeJwt"))
@SecurityScheme(name = "programmeJwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
final class PushApiDefinition {
  private PushApiDefinition() {}
}
