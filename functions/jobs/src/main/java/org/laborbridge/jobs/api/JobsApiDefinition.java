package org.laborbridge.jobs.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The title and security of the jobs function's OpenAPI document (docs/api/jobs.yml), generated from the controllers. */
@OpenAPIDefinition(
    info = @Info(title = "LaborBridge jobs", version = "1",
        description = "Job postings, job seekers, partners and partners' signed webhooks. Errors are RFC 9457 "
            + "application/problem+json. Partner webhooks are signed per Standard Webhooks 1.0 instead of a JWT."),
    security = @SecurityRequirement(name = "programmeJwt"))
@SecurityScheme(name = "programmeJwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
final class JobsApiDefinition {
  private JobsApiDefinition() {}
}
