package org.laborbridge.transfers.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The title and security of the transfers API's OpenAPI document (docs/api/transfers.yml), generated from the controllers. */
@OpenAPIDefinition(
    info = @Info(title = "LaborBridge unemployment-insurance transfers", version = "1",
        description = "Online, paperless transfer of unemployment-insurance relationships between the programme's "
            + "regions: the worker applies at the transfer-in region, which accepts or rejects; the transfer-out "
            + "region confirms within 5 working days and sends the money. Regions' systems take their steps by "
            + "Standard Webhooks 1.0 signed with their partner secret. Errors are RFC 9457 application/problem+json. "
            + "See docs/transfers.md."),
    security = @SecurityRequirement(name = "programmeJwt"))
@SecurityScheme(name = "programmeJwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
final class TransfersApiDefinition {
  private TransfersApiDefinition() {}
}
