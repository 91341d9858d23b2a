package org.laborbridge.campaigns.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The title and security of the campaigns API's OpenAPI document (docs/api/campaigns.yml), generated from the controller. */
@OpenAPIDefinition(
    info = @Info(title = "LaborBridge campaigns", version = "1",
        description = "The campaign calendar (Employment Assistance Month, Spring Breeze Action, Private Enterprise "
            + "Service Month, Golden Autumn Recruitment Month, ...): each year is seeded with the configured default "
            + "campaigns; staff add and change campaigns, their target groups, regions, messages and reminder days. "
            + "A daily schedule sends the messages. Errors are RFC 9457 application/problem+json. See docs/campaigns.md."),
    security = @SecurityRequirement(name = "programmeJwt"))
@SecurityScheme(name = "programmeJwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
final class CampaignsApiDefinition {
  private CampaignsApiDefinition() {}
}
