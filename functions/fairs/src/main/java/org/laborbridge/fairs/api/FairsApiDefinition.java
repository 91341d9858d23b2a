package org.laborbridge.fairs.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The title and security of the fairs API's OpenAPI document (docs/api/fairs.yml), generated from the controllers. */
@OpenAPIDefinition(
    info = @Info(title = "LaborBridge fairs", version = "1",
        description = "Job fairs and supply-demand docking events: staff plan them; workers take seats and employers "
            + "booths, never overbooked, with a waitlist promoted in order; staff check people in by code. Errors "
            + "are RFC 9457 application/problem+json. See docs/fairs.md."),
    security = @SecurityRequirement(name = "programmeJwt"))
@SecurityScheme(name = "programmeJwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
final class FairsApiDefinition {
  private FairsApiDefinition() {}
}
